namespace OpsRhythm.Domain.Indicators;

/// <summary>
/// When figures are due (R-3.2, "collected regularly"): a period's figures are due from day <c>dueDay</c> of the
/// month after it ends, in the organisation's calendar. December's figures bring the fourth quarter's and the
/// year's with them; March's the first quarter's.
/// </summary>
public static class FiguresDue
{
    /// <summary>The periods whose figures are due on <paramref name="today"/>: none before the due day, else last month and any quarter or year it closes.</summary>
    public static IReadOnlyList<Period> PeriodsDue(DateOnly today, int dueDay)
    {
        if (today.Day < dueDay)
        {
            return [];
        }

        var month = Period.LastCompleteMonth(today);
        var periods = new List<Period> { month };
        if (month.Index % 3 == 0)
        {
            periods.Add(Period.Quarter(month.Year, month.Index / 3));
        }

        if (month.Index == 12)
        {
            periods.Add(Period.WholeYear(month.Year));
        }

        return periods;
    }

    /// <summary>The catalog's indicators collected at a due period's frequency without a value for that period, in catalog order.</summary>
    public static IReadOnlyList<(Indicator Indicator, Period Period)> Missing(IndicatorCatalog catalog, IReadOnlyList<Period> periods, IEnumerable<IndicatorValue> values)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(periods);
        ArgumentNullException.ThrowIfNull(values);
        var entered = values.Select(v => (v.IndicatorId, v.Period)).ToHashSet();
        return [.. from period in periods
                   from indicator in catalog.Indicators
                   where indicator.Frequency == period.Frequency && !entered.Contains((indicator.Id, period.ToString()))
                   select (indicator, period)];
    }
}
