using System.Globalization;

namespace OpsRhythm.Domain.WeeklyStatus;

/// <summary>ISO 8601 week ids ("2026-W48"), the partition key of the status container.</summary>
public static class IsoWeek
{
    public static string Of(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(date.ToDateTime(TimeOnly.MinValue))}-W{ISOWeek.GetWeekOfYear(date.ToDateTime(TimeOnly.MinValue)):D2}");

    public static string Previous(string week)
    {
        ArgumentNullException.ThrowIfNull(week);
        var year = int.Parse(week[..4], CultureInfo.InvariantCulture);
        var number = int.Parse(week[6..], CultureInfo.InvariantCulture);
        var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, number, DayOfWeek.Monday));
        return Of(monday.AddDays(-7));
    }
}
