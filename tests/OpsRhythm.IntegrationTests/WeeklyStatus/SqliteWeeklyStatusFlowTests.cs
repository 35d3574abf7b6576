using OpsRhythm.IntegrationTests.Storage;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.IntegrationTests.WeeklyStatus;

/// <summary>A week of status on a real SQLite file.</summary>
public sealed class SqliteWeeklyStatusFlowTests(SqliteStoreFixture fixture) : WeeklyStatusFlowContract, IClassFixture<SqliteStoreFixture>
{
    protected override IDocumentStore Store => fixture.Store;
}
