using OpsRhythm.IntegrationTests.Storage;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.IntegrationTests.Scheduling;

/// <summary>The scheduler's leases on a real SQLite file.</summary>
public sealed class SqliteJobSchedulerTests(SqliteStoreFixture fixture) : JobSchedulerContract, IClassFixture<SqliteStoreFixture>
{
    protected override IDocumentStore Store => fixture.Store;
}
