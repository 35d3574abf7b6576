using OpsRhythm.IntegrationTests.Storage;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.IntegrationTests.Resources;

/// <summary>Resources against plan on a real SQLite file.</summary>
public sealed class SqliteResourceFlowTests(SqliteStoreFixture fixture) : ResourceFlowContract, IClassFixture<SqliteStoreFixture>
{
    protected override IDocumentStore Store => fixture.Store;
}
