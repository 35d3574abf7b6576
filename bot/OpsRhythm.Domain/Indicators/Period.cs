using System.Globalization;

namespace OpsRhythm.Domain.Indicators;

/// <summary>
/// A collection period: "2026-M03" (month), "2026-Q1" (quarter) or "2026" (year). The text form
/// sorts chronologically within one frequency and is what cards, CSV rows and document ids use.
/// </summary>
public readonly record struct Period(int Year, IndicatorFrequency Frequency, int Index) : IComparable<Period>
{
    public static Period Month(int year, int month) => new(year, IndicatorFrequency.Monthly, month);

    public static Period Quarter(int year, int quarter) => new(year, IndicatorFrequency.Quarterly, quarter);

    public static Period WholeYear(int year) => new(year, IndicatorFrequency.Annual, 1);

    /// <summary>The last month whose figures are complete on <paramref name="today"/>: the scorecard's default.</summary>
    public static Period LastCompleteMonth(DateOnly today) => Containing(today, IndicatorFrequency.Monthly).Previous();

    /// <summary>The period of <paramref name="frequency"/> that contains <paramref name="date"/>.</summary>
    public static Period Containing(DateOnly date, IndicatorFrequency frequency) => frequency switch
    {
        IndicatorFrequency.Monthly => Month(date.Year, date.Month),
        IndicatorFrequency.Quarterly => Quarter(date.Year, ((date.Month - 1) / 3) + 1),
        _ => WholeYear(date.Year),
    };

    /// <summary>The first day of the period, used to find the period of another frequency containing it.</summary>
    public DateOnly Start => Frequency switch
    {
        IndicatorFrequency.Monthly => new DateOnly(Year, Index, 1),
        IndicatorFrequency.Quarterly => new DateOnly(Year, ((Index - 1) * 3) + 1, 1),
        _ => new DateOnly(Year, 1, 1),
    };

    /// <summary>The same period of an earlier (or later) year, for the year-over-year comparison.</summary>
    public Period InYear(int year) => this with { Year = year };

    /// <summary>The period just before this one (December of last year before January).</summary>
    public Period Previous() => Frequency switch
    {
        IndicatorFrequency.Monthly => Index == 1 ? Month(Year - 1, 12) : Month(Year, Index - 1),
        IndicatorFrequency.Quarterly => Index == 1 ? Quarter(Year - 1, 4) : Quarter(Year, Index - 1),
        _ => WholeYear(Year - 1),
    };

    public static bool TryParse(string? text, out Period period)
    {
        period = default;
        var s = text?.Trim().ToUpperInvariant() ?? string.Empty;
        if (s.Length < 4 || !int.TryParse(s.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 2000 || year > 2100)
        {
            return false;
        }

        if (s.Length == 4)
        {
            period = WholeYear(year);
            return true;
        }

        if (s.Length < 7 || s[4] != '-' || !int.TryParse(s.AsSpan(6), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            return false;
        }

        (period, var valid) = s[5] switch
        {
            'M' => (Month(year, index), index is >= 1 and <= 12),
            'Q' => (Quarter(year, index), index is >= 1 and <= 4),
            _ => (default, false),
        };
        return valid;
    }

    public static Period Parse(string text) =>
        TryParse(text, out var period) ? period : throw new FormatException($"Not a period: '{text}'.");

    public int CompareTo(Period other) => (Year, Frequency, Index).CompareTo((other.Year, other.Frequency, other.Index));

    public static bool operator <(Period left, Period right) => left.CompareTo(right) < 0;

    public static bool operator >(Period left, Period right) => left.CompareTo(right) > 0;

    public static bool operator <=(Period left, Period right) => left.CompareTo(right) <= 0;

    public static bool operator >=(Period left, Period right) => left.CompareTo(right) >= 0;

    public override string ToString() => Frequency switch
    {
        IndicatorFrequency.Monthly => string.Create(CultureInfo.InvariantCulture, $"{Year}-M{Index:00}"),
        IndicatorFrequency.Quarterly => string.Create(CultureInfo.InvariantCulture, $"{Year}-Q{Index}"),
        _ => Year.ToString(CultureInfo.InvariantCulture),
    };
}
