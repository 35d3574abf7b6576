using OpsRhythm.Cards.Common;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Indicators;
using OpsRhythm.Domain.Organisation;

namespace OpsRhythm.Cards.Indicators;

/// <summary>
/// The prompt a department's head gets when figures are due: which indicators of which period are still
/// missing, above the figure entry form set to the department, the first missing indicator and its period.
/// </summary>
public static class FiguresDueCard
{
    /// <summary>Missing indicators named in the prompt; the rest are counted.</summary>
    public const int MaxNamed = 20;

    public static AdaptiveCard Build(
        OrganisationProfile organisation, IndicatorCatalog catalog, string departmentId, IReadOnlyList<(Indicator Indicator, Period Period)> missing, Localizer text)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(missing);
        ArgumentNullException.ThrowIfNull(text);
        var first = missing[0];
        var typed = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [IndicatorFields.Department] = departmentId,
            [IndicatorFields.Indicator] = first.Indicator.Id,
            [IndicatorFields.Period] = first.Period.ToString(),
        };
        var entry = FigureEntryCard.Build(organisation, catalog, new HashSet<string>(StringComparer.Ordinal) { departmentId }, first.Period.ToString(), text, typed);
        var title = text.Format("Indicators.FiguresDue.Title", CardParts.DepartmentName(organisation, departmentId, text));
        var lines = missing.GroupBy(m => m.Period).Select(g => text.Format(
            "Indicators.FiguresDue.Line", PeriodNames.Of(g.Key, text), string.Join(text["Indicators.FiguresDue.Separator"], g.Take(MaxNamed).Select(m => m.Indicator.Name.For(text.Culture)))));
        var heading = new List<CardElement> { CardParts.Title(title), CardParts.Subtle(text["Indicators.FiguresDue.Hint"]) };
        heading.AddRange(lines.Select(l => (CardElement)new TextBlock(l)));
        return entry with { Body = [.. heading, .. entry.Body], FallbackText = title };
    }
}
