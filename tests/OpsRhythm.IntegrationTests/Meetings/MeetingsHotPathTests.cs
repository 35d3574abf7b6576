using OpsRhythm.Cards.Localization;
using OpsRhythm.Domain.Meetings;
using OpsRhythm.IntegrationTests.Storage;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.IntegrationTests.Meetings;

/// <summary>
/// The dashboard's upcoming meetings and local slot search read the scheduled coordination meetings
/// from the background-refreshed cache, never across partitions on a user's path; the store refuses
/// such a query there (the guard covers QueryAcrossPartitionsAsync).
/// </summary>
public sealed class MeetingsHotPathTests
{
    [Fact]
    public void QueryAcrossPartitions_OnAUsersTurn_IsRefused()
    {
        using var sqlite = new SqliteStoreFixture();

        var error = Assert.Throws<CrossPartitionOnHotPathException>(() =>
        {
            using var turn = HotPath.Enter("turn");
            return sqlite.Store.QueryAcrossPartitionsAsync<CoordinationMeeting>(StorageContainers.Meetings, DocumentQuery.Of<CoordinationMeeting>(), CancellationToken.None);
        });

        Assert.Contains("turn", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UpcomingAndBusyTimes_OnAUsersPathAfterTheRefresh_ReadNoPartitionsAcross()
    {
        await using var harness = MeetingsHarness.Local();
        await harness.Scheduled.RefreshAsync(CancellationToken.None);
        var meeting = new CoordinationMeeting("coord-1", "新品交付延期", "wang-min", ["li-qiang"], 60) { State = MeetingState.Scheduled };
        harness.Scheduled.Remember(meeting);

        using var page = HotPath.Enter("dashboard");
        var scheduled = await harness.Documents.ScheduledCoordinationsAsync(CancellationToken.None);
        var rows = await harness.UpcomingReader().UpcomingAsync(harness.Time.GetUtcNow(), 5, Localizer.ZhCn, CancellationToken.None);

        Assert.Equal("coord-1", Assert.Single(scheduled).Id);
        Assert.NotNull(rows);
    }
}
