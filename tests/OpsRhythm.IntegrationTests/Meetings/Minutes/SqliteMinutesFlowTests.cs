using OpsRhythm.IntegrationTests.Storage;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.IntegrationTests.Meetings.Minutes;

/// <summary>Meeting minutes and action items on a real SQLite file.</summary>
public sealed class SqliteMinutesFlowTests(SqliteStoreFixture fixture) : MinutesFlowContract, IClassFixture<SqliteStoreFixture>
{
    protected override IDocumentStore Store => fixture.Store;
}
