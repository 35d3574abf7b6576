using OpsRhythm.Bot.Persistence;
using OpsRhythm.Domain.Meetings;
using OpsRhythm.Domain.Time;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Meetings;

/// <summary>
/// The scheduled coordination meetings, for the user paths that need all of them (the dashboard's
/// upcoming meetings and its CSV export, local slot search): each meeting is its own partition, so
/// reading them all is a cross-partition query, which runs here only in the background
/// (<see cref="Snapshot"/>: at start, then every <see cref="RefreshInterval"/>).
/// A meeting this instance schedules or cancels is taken in at once; another instance's within a
/// refresh. They change a few times a week.
/// </summary>
internal sealed class ScheduledMeetings(IDocumentStore store, OrganisationClock clock)
{
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromMinutes(1);

    /// <summary>The cache itself, which <see cref="SnapshotRefresher{T}"/> refreshes.</summary>
    public RefreshedSnapshot<CoordinationMeeting> Snapshot { get; } = new(
        "scheduled coordination meetings",
        RefreshInterval,
        cancellationToken => store.QueryAcrossPartitionsAsync<CoordinationMeeting>(
            StorageContainers.Meetings,
            DocumentQuery.Of<CoordinationMeeting>().Where("state", nameof(MeetingState.Scheduled)),
            cancellationToken),
        meeting => meeting.Id,
        meeting => meeting.State == MeetingState.Scheduled,
        clock);

    /// <summary>The cached meetings; read from the store only if never loaded (before start, or a test without the refresher).</summary>
    public Task<IReadOnlyList<CoordinationMeeting>> GetAsync(CancellationToken cancellationToken) => Snapshot.GetAsync(cancellationToken);

    /// <summary>A coordination meeting this instance just wrote: kept if scheduled, dropped otherwise.</summary>
    public void Remember(CoordinationMeeting meeting) => Snapshot.Remember(meeting);

    /// <summary>Reads every scheduled coordination meeting (across partitions: background only).</summary>
    public Task<IReadOnlyDictionary<string, CoordinationMeeting>> RefreshAsync(CancellationToken cancellationToken) => Snapshot.RefreshAsync(cancellationToken);
}
