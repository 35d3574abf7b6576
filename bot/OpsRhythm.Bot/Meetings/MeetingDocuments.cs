using OpsRhythm.Domain.Meetings;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Meetings;

/// <summary>
/// The meetings container: each meeting is its own partition (pk = id), so every read here is a point
/// read, except the scheduled coordination meetings, which user paths take from <see cref="ScheduledMeetings"/>
/// (refreshed in the background) when it is registered.
/// </summary>
internal sealed class MeetingDocuments(IDocumentStore store, ScheduledMeetings? scheduled = null)
{
    public static DocumentKey WeeklyKey { get; } = new(WeeklyMeeting.DocumentId, WeeklyMeeting.DocumentId);

    public static DocumentKey CoordinationKey(string id) => new(id, id);

    public Task<StoredDocument<WeeklyMeeting>?> WeeklyAsync(CancellationToken cancellationToken) =>
        store.ReadAsync<WeeklyMeeting>(StorageContainers.Meetings, WeeklyKey, cancellationToken);

    public Task<StoredDocument<CoordinationMeeting>?> CoordinationAsync(string id, CancellationToken cancellationToken) =>
        store.ReadAsync<CoordinationMeeting>(StorageContainers.Meetings, CoordinationKey(id), cancellationToken);

    /// <summary>Scheduled coordination meetings: from the background-refreshed cache when there is one, else read across partitions.</summary>
    public Task<IReadOnlyList<CoordinationMeeting>> ScheduledCoordinationsAsync(CancellationToken cancellationToken) =>
        scheduled is null ? ReadScheduledCoordinationsAsync(cancellationToken) : scheduled.GetAsync(cancellationToken);

    /// <summary>A coordination meeting just written, so this instance's cache shows it at once.</summary>
    public void Remember(CoordinationMeeting meeting) => scheduled?.Remember(meeting);

    private async Task<IReadOnlyList<CoordinationMeeting>> ReadScheduledCoordinationsAsync(CancellationToken cancellationToken)
    {
        var query = DocumentQuery.Of<CoordinationMeeting>().Where("state", nameof(MeetingState.Scheduled));
        var found = new List<CoordinationMeeting>();
        await foreach (var stored in store.QueryAcrossPartitionsAsync<CoordinationMeeting>(StorageContainers.Meetings, query, cancellationToken))
        {
            found.Add(stored.Value);
        }

        return found;
    }

    /// <summary>
    /// The weekly meeting's occurrences and the scheduled coordination meetings starting after
    /// <paramref name="from"/> and by <paramref name="to"/>, earliest first (cancelled meetings have none).
    /// </summary>
    public async Task<IReadOnlyList<MeetingOccurrence>> OccurrencesBetweenAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var found = new List<MeetingOccurrence>();
        if ((await WeeklyAsync(cancellationToken))?.Value is { State: MeetingState.Scheduled } weekly)
        {
            found.AddRange(weekly.OccurrencesBetween(from, to)
                .Select(start => new MeetingOccurrence(weekly.Id, null, start, start + weekly.Slot.Duration, weekly.JoinUrl, weekly.AttendeePersonIds)));
        }

        foreach (var meeting in await ScheduledCoordinationsAsync(cancellationToken))
        {
            if (meeting.Chosen is { } chosen && chosen.Start > from && chosen.Start <= to)
            {
                found.Add(new MeetingOccurrence(meeting.Id, meeting.Topic, chosen.Start, chosen.End, meeting.JoinUrl, [.. meeting.Everyone]));
            }
        }

        return [.. found.OrderBy(o => o.Start).ThenBy(o => o.MeetingId, StringComparer.Ordinal)];
    }
}
