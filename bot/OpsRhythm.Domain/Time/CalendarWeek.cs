using System.Globalization;

namespace OpsRhythm.Domain.Time;

/// <summary>An ISO 8601 week ("2026-W50"): Monday to Sunday, week 1 holds the year's first Thursday.</summary>
public readonly record struct CalendarWeek(int Year, int Number)
{
    public static CalendarWeek Containing(DateOnly date) =>
        new(ISOWeek.GetYear(date.ToDateTime(TimeOnly.MinValue)), ISOWeek.GetWeekOfYear(date.ToDateTime(TimeOnly.MinValue)));

    public DateOnly Monday => DateOnly.FromDateTime(ISOWeek.ToDateTime(Year, Number, DayOfWeek.Monday));

    public DateOnly Sunday => Monday.AddDays(6);

    public static bool TryParse(string? text, out CalendarWeek week)
    {
        week = default;
        var s = text?.Trim().ToUpperInvariant() ?? string.Empty;
        if (s.Length is < 7 or > 8 || s[4] != '-' || s[5] != 'W'
            || !int.TryParse(s.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(s.AsSpan(6), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || number < 1 || number > ISOWeek.GetWeeksInYear(year))
        {
            return false;
        }

        week = new CalendarWeek(year, number);
        return true;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-W{Number:D2}");
}
