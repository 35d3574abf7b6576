using System.Globalization;

namespace OpsRhythm.Domain.Meetings.Minutes;

/// <summary>
/// One occurrence of a meeting: the meeting (weekly-operations, a coordination meeting's id, or
/// "teams-…" for another Teams meeting, "chat" for items taken outside meetings) and its day in the
/// organisation's zone. Its <see cref="PartitionKey"/> holds the occurrence's minutes, decisions and
/// action items (meetings container), so the minutes are one single-partition query.
/// </summary>
public sealed record MeetingOccurrenceRef(string MeetingId, DateOnly Date, MeetingKind Kind)
{
    /// <summary>The meeting id of action items recorded outside any meeting (from a chat message).</summary>
    public const string ChatMeetingId = "chat";

    /// <summary>The subject shown in the minutes; the weekly meeting's is its localized name.</summary>
    public string? Topic { get; init; }

    /// <summary>"{meetingId}:{yyyy-MM-dd}".</summary>
    public string PartitionKey => MinutesIds.Partition(MeetingId, Date);

    /// <summary>Items recorded from a chat outside any meeting, on <paramref name="today"/>.</summary>
    public static MeetingOccurrenceRef Chat(DateOnly today) => new(ChatMeetingId, today, MeetingKind.Other);

    public override string ToString() => PartitionKey;

    /// <summary>The day as the partition and cards write it.</summary>
    public string Day => Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
