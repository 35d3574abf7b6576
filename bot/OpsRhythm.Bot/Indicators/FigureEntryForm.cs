using OpsRhythm.Bot.Turns;
using OpsRhythm.Cards.Common;
using OpsRhythm.Cards.Indicators;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Indicators;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Bot.Indicators;

/// <summary>The figure entry card as a save answers with it: as typed with what is wrong, or fresh with what was saved.</summary>
internal sealed class FigureEntryForm(CardTurn card, IndicatorCatalog catalog, IReadOnlySet<string> departments, Period defaultPeriod)
{
    public AdaptiveCard Build(IReadOnlyDictionary<string, string>? typed, Rejection? rejection) =>
        FigureEntryCard.Build(card.Organisation, catalog, departments, defaultPeriod.ToString(), card.Text, typed, rejection);

    /// <summary>A fresh form keeping the department, kind and period, so the next figure of the month is one pick away.</summary>
    public AdaptiveCard Saved(FigureKind kind, IndicatorCsvRow row, string? notice)
    {
        var keep = new Dictionary<string, string>
        {
            [IndicatorFields.Department] = row.DepartmentId, [IndicatorFields.Kind] = kind.ToString(), [IndicatorFields.Period] = row.Period.ToString(),
        };
        return FigureEntryCard.Build(card.Organisation, catalog, departments, defaultPeriod.ToString(), card.Text, keep, notice: notice);
    }

    public string SavedNotice(IndicatorCsvRow row, int alerts)
    {
        var text = card.Text;
        var department = card.Organisation.FindDepartment(row.DepartmentId)!.Name.For(text.Culture);
        var shown = text.IsEnglish ? $"{row.Indicator.Name.For(text.Culture)}, {PeriodNames.Of(row.Period, text)}" : PeriodNames.Of(row.Period, text) + row.Indicator.Name.For(text.Culture);
        var value = row.Value.ToString("#,0.##", text.Culture);
        return alerts > 0
            ? text.Format("Indicators.Entry.SavedWithAlerts", department, shown, value, alerts)
            : text.Format("Indicators.Entry.Saved", department, shown, value);
    }
}
