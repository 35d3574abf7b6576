using OpsRhythm.Domain.Organisation;

namespace OpsRhythm.Domain.Indicators;

/// <summary>One indicator of the catalog, e.g. 客户投诉率 in %, lower is better, collected monthly.</summary>
public sealed record Indicator(
    string Id,
    LocalizedText Name,
    IndicatorGroup Group,
    string Unit,
    IndicatorDirection Direction,
    IndicatorFrequency Frequency)
{
    /// <summary>True when <paramref name="actual"/> is at least as good as <paramref name="reference"/>.</summary>
    public bool IsAtLeastAsGood(double actual, double reference) =>
        Direction == IndicatorDirection.HigherIsBetter ? actual >= reference : actual <= reference;

    /// <summary>Matches an id, its plan metric key (the id without hyphens: "marketShare") or either language's name, as typed in a CSV row.</summary>
    public bool IsNamed(string text) =>
        string.Equals(Id, text, StringComparison.OrdinalIgnoreCase)
        || string.Equals(Id.Replace("-", "", StringComparison.Ordinal), text, StringComparison.OrdinalIgnoreCase)
        || string.Equals(Name.ZhCn, text, StringComparison.Ordinal)
        || string.Equals(Name.EnUs, text, StringComparison.OrdinalIgnoreCase);
}
