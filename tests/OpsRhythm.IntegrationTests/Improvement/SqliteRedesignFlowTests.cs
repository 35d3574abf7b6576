using OpsRhythm.IntegrationTests.Storage;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.IntegrationTests.Improvement;

/// <summary>The redesign flow on a real SQLite file.</summary>
public sealed class SqliteRedesignFlowTests(SqliteStoreFixture fixture) : RedesignFlowContract, IClassFixture<SqliteStoreFixture>
{
    protected override IDocumentStore Store => fixture.Store;
}
