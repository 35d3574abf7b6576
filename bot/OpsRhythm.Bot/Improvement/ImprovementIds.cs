using System.Globalization;

namespace OpsRhythm.Bot.Improvement;

/// <summary>
/// Ids of the improvement container's yearly documents start with their partition (the year), so a
/// card button carrying only the id finds the document with a point read.
/// </summary>
internal static class ImprovementIds
{
    public static string New(int year, string kind) =>
        string.Create(CultureInfo.InvariantCulture, $"{year}-{kind}-{Guid.NewGuid().ToString("N")[..12]}");

    public static string? PartitionOf(string? id) =>
        id is { Length: > 5 } && id[4] == '-' && int.TryParse(id.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out _) ? id[..4] : null;
}
