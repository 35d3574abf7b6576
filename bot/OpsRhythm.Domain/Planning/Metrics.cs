namespace OpsRhythm.Domain.Planning;

/// <summary>The metric keys the policy names; an annual plan must set the company-wide ones .</summary>
public static class Metrics
{
    public const string Sales = "sales";
    public const string Profit = "profit";
    public const string MarketShare = "marketShare";

    public static IReadOnlyList<string> RequiredForAnnual { get; } = [Sales, Profit, MarketShare];

    public static bool IsKnown(string metric) => RequiredForAnnual.Contains(metric, StringComparer.Ordinal);
}
