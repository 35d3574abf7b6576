using System.Security.Cryptography;
using System.Text;
using OpsRhythm.Domain.Meetings.Minutes;

namespace OpsRhythm.Bot.Meetings.Minutes;

/// <summary>
/// Which meeting a Teams meeting chat (or join link, or Teams meeting id) is, on a given day: the weekly
/// operations meeting (a point read), a scheduled coordination meeting (the background-refreshed cache, so no
/// query across partitions on a turn), else another Teams meeting, keyed by its thread ("teams-{hash}").
/// </summary>
internal sealed class MeetingOccurrenceResolver(MeetingDocuments meetings)
{
    public async Task<MeetingOccurrenceRef?> ForMeetingAsync(string? chatJoinUrlOrMeetingId, DateOnly date, CancellationToken cancellationToken)
    {
        if (MeetingThreads.Of(chatJoinUrlOrMeetingId) is not { } thread)
        {
            return null;
        }

        if (await meetings.WeeklyAsync(cancellationToken) is { } weekly && MeetingThreads.Of(weekly.Value.JoinUrl) == thread)
        {
            return new MeetingOccurrenceRef(weekly.Value.Id, date, MeetingKind.Weekly);
        }

        foreach (var coordination in await meetings.ScheduledCoordinationsAsync(cancellationToken))
        {
            if (MeetingThreads.Of(coordination.JoinUrl) == thread)
            {
                return new MeetingOccurrenceRef(coordination.Id, date, MeetingKind.Coordination) { Topic = coordination.Topic };
            }
        }

        return new MeetingOccurrenceRef(OtherMeetingId(thread), date, MeetingKind.Other);
    }

    /// <summary>The weekly operations meeting on <paramref name="date"/>.</summary>
    public static MeetingOccurrenceRef Weekly(DateOnly date) => new(Domain.Meetings.WeeklyMeeting.DocumentId, date, MeetingKind.Weekly);

    /// <summary>The occurrence a partition names (from a card's data, so its kind is read from the meeting id, not trusted); null when it is not one.</summary>
    public static MeetingOccurrenceRef? FromPartition(string? partition) =>
        MinutesIds.OccurrenceOf(partition) is { } o ? new MeetingOccurrenceRef(o.MeetingId, o.Date, KindOf(o.MeetingId)) : null;

    private static MeetingKind KindOf(string meetingId) =>
        meetingId == Domain.Meetings.WeeklyMeeting.DocumentId ? MeetingKind.Weekly
        : meetingId == MeetingOccurrenceRef.ChatMeetingId || meetingId.StartsWith("teams-", StringComparison.Ordinal) ? MeetingKind.Other
        : MeetingKind.Coordination;

    private static string OtherMeetingId(string thread) =>
        "teams-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(thread)))[..16];
}
