using System.Globalization;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Domain.Resources;

namespace OpsRhythm.Cards.Resources;

/// <summary>How resource figures read on cards: money with thousands separators, "actual / plan", and 超出 when over.</summary>
public static class ResourceText
{
    public static string Money(decimal amount, Localizer text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return amount.ToString(amount == decimal.Truncate(amount) ? "N0" : "N2", text.Culture);
    }

    public static string Budget(ResourcePlan plan, ResourceMonth? actual, Localizer text)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(text);
        return Compare(actual is null ? null : Money(actual.Budget, text), plan.Budget is { } p ? Money(p, text) : null, actual?.OverBudget == true, text);
    }

    public static string Headcount(ResourcePlan plan, ResourceMonth? actual, Localizer text)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(text);
        return Compare(actual?.Headcount.ToString(CultureInfo.InvariantCulture), plan.Headcount?.ToString(CultureInfo.InvariantCulture), actual?.OverHeadcount == true, text);
    }

    private static string Compare(string? actual, string? planned, bool over, Localizer text)
    {
        var line = text.Format("Resources.ActualAgainstPlan", actual ?? text["Resources.NotEntered"], planned ?? text["Resources.NotPlanned"]);
        return over ? $"{line} · {text["Resources.Over"]}" : line;
    }
}
