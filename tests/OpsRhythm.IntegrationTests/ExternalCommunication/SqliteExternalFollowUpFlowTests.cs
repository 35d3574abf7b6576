using OpsRhythm.IntegrationTests.Storage;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.IntegrationTests.ExternalCommunication;

/// <summary>The external follow-up flow on a real SQLite file.</summary>
public sealed class SqliteExternalFollowUpFlowTests(SqliteStoreFixture fixture) : ExternalFollowUpFlowContract, IClassFixture<SqliteStoreFixture>
{
    protected override IDocumentStore Store => fixture.Store;
}
