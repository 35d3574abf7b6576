using OpsRhythm.IntegrationTests.Storage;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.IntegrationTests.Organisation;

/// <summary>The migration on a real SQLite file.</summary>
public sealed class SqliteConversationPartitionMigrationTests(SqliteStoreFixture fixture) : ConversationPartitionMigrationContract, IClassFixture<SqliteStoreFixture>
{
    protected override IDocumentStore Store => fixture.Store;
}
