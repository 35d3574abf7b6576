using System.Globalization;

namespace OpsRhythm.Domain.Meetings.Minutes;

/// <summary>
/// Ids of an occurrence's documents start with its partition ("{meetingId}:{yyyy-MM-dd}:item-…"), so a
/// card button carrying only the id finds the document with a point read.
/// </summary>
public static class MinutesIds
{
    public const string MinutesSuffix = "minutes";

    public static string Partition(string meetingId, DateOnly date)
    {
        ArgumentException.ThrowIfNullOrEmpty(meetingId);
        return string.Create(CultureInfo.InvariantCulture, $"{meetingId}:{date:yyyy-MM-dd}");
    }

    public static string NewItem(string partition) => $"{partition}:item-{Guid.NewGuid().ToString("N")[..12]}";

    public static string NewDecision(string partition) => $"{partition}:decision-{Guid.NewGuid().ToString("N")[..12]}";

    /// <summary>The occurrence's one minutes document.</summary>
    public static string Minutes(string partition) => $"{partition}:{MinutesSuffix}";

    /// <summary>The partition an id of this kind lives in; null for anything else (a forged id is then a 404).</summary>
    public static string? PartitionOf(string? id)
    {
        if (id is null)
        {
            return null;
        }

        var last = id.LastIndexOf(':');
        if (last <= 11)
        {
            return null;
        }

        var partition = id[..last];
        var day = partition.Length > 11 && partition[^11] == ':' ? partition[^10..] : null;
        return day is not null && DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) ? partition : null;
    }

    /// <summary>The occurrence a partition names; null when it is not one.</summary>
    public static (string MeetingId, DateOnly Date)? OccurrenceOf(string? partition)
    {
        if (partition is not { Length: > 11 } || partition[^11] != ':'
            || !DateOnly.TryParseExact(partition[^10..], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return null;
        }

        return (partition[..^11], date);
    }
}
