using OpsRhythm.IntegrationTests.Storage;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.IntegrationTests.Indicators;

/// <summary>Regular inspections on a real SQLite file.</summary>
public sealed class SqliteInspectionScheduleTests(SqliteStoreFixture fixture) : InspectionScheduleContract, IClassFixture<SqliteStoreFixture>
{
    protected override IDocumentStore Store => fixture.Store;
}
