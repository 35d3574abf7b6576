using OpsRhythm.IntegrationTests.Storage;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.IntegrationTests.Planning;

/// <summary>A cycle of 120 departments on a real SQLite file.</summary>
public sealed class SqliteLargeOrganisationCycleTests(SqliteStoreFixture fixture) : LargeOrganisationCycleContract, IClassFixture<SqliteStoreFixture>
{
    protected override IDocumentStore Store => fixture.Store;
}
