using System.Collections.Immutable;
using OpsRhythm.Domain.Meetings;
using OpsRhythm.Domain.Time;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Meetings;

/// <summary>
/// The scheduled coordination meetings, for the user paths that need all of them (the dashboard's
/// upcoming meetings and its CSV export, local slot search): each meeting is its own partition, so
/// reading them all is a cross-partition query, which runs here only in the background
/// (<see cref="ScheduledMeetingsRefresher"/>: at start, then every <see cref="RefreshInterval"/>).
/// A meeting this instance schedules or cancels is taken in at once; another instance's within a
/// refresh. They change a few times a week.
/// </summary>
internal sealed class ScheduledMeetings(IDocumentStore store, OrganisationClock clock)
{
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromMinutes(1);

    private readonly Lock _gate = new();
    private ImmutableDictionary<string, CoordinationMeeting>? _meetings;
    private ImmutableDictionary<string, (CoordinationMeeting Meeting, DateTimeOffset At)> _remembered = ImmutableDictionary<string, (CoordinationMeeting, DateTimeOffset)>.Empty;

    /// <summary>The cached meetings; read from the store only if never loaded (before start, or a test without the refresher).</summary>
    public async Task<IReadOnlyList<CoordinationMeeting>> GetAsync(CancellationToken cancellationToken)
    {
        var meetings = _meetings ?? await RefreshAsync(cancellationToken);
        return [.. meetings.Values];
    }

    /// <summary>A coordination meeting this instance just wrote: kept if scheduled, dropped otherwise.</summary>
    public void Remember(CoordinationMeeting meeting)
    {
        lock (_gate)
        {
            _remembered = _remembered.SetItem(meeting.Id, (meeting, clock.UtcNow));
            if (_meetings is not null)
            {
                _meetings = Apply(_meetings, meeting);
            }
        }
    }

    /// <summary>Reads every scheduled coordination meeting (across partitions: background only).</summary>
    public async Task<ImmutableDictionary<string, CoordinationMeeting>> RefreshAsync(CancellationToken cancellationToken)
    {
        var started = clock.UtcNow;
        var query = DocumentQuery.Of<CoordinationMeeting>().Where("state", nameof(MeetingState.Scheduled));
        var builder = ImmutableDictionary.CreateBuilder<string, CoordinationMeeting>(StringComparer.Ordinal);
        await foreach (var stored in store.QueryAcrossPartitionsAsync<CoordinationMeeting>(StorageContainers.Meetings, query, cancellationToken))
        {
            builder[stored.Value.Id] = stored.Value;
        }

        lock (_gate)
        {
            // What this instance wrote while the query ran is newer than what the query saw.
            var meetings = builder.ToImmutable();
            foreach (var (meeting, at) in _remembered.Values)
            {
                meetings = at >= started ? Apply(meetings, meeting) : meetings;
            }

            _remembered = _remembered.RemoveRange(_remembered.Where(r => r.Value.At < started).Select(r => r.Key));
            _meetings = meetings;
            return meetings;
        }
    }

    private static ImmutableDictionary<string, CoordinationMeeting> Apply(ImmutableDictionary<string, CoordinationMeeting> meetings, CoordinationMeeting meeting) =>
        meeting.State == MeetingState.Scheduled ? meetings.SetItem(meeting.Id, meeting) : meetings.Remove(meeting.Id);
}
