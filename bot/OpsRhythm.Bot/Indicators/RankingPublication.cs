namespace OpsRhythm.Bot.Indicators;

/// <summary>The ranking of a month as published to the announcement channel; one per month, so a second click does not post twice.</summary>
internal sealed record RankingPublication(string Id, string Month, string PublishedBy, DateTimeOffset PublishedAt)
{
    public static string IdFor(string month) => $"ranking:{month}";
}
