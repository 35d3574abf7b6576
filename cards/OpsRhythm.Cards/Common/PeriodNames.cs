using System.Globalization;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Domain.Indicators;
using OpsRhythm.Domain.Time;

namespace OpsRhythm.Cards.Common;

/// <summary>
/// Periods by the names people use, never their ids: "2026-M12" → 2026年12月 / December 2026,
/// "2026-Q4" → 2026年第4季度 / Q4 2026, "2026-W50" → 第50周（12月7日–13日）/ Week 50 (Dec 7–13).
/// </summary>
public static class PeriodNames
{
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en-US");

    public static string Of(Period period, Localizer text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return period.Frequency switch
        {
            IndicatorFrequency.Monthly => Month(period.Year, period.Index, text),
            IndicatorFrequency.Quarterly => text.Format("Common.Period.Quarter", period.Year, period.Index),
            _ => text.Format("Common.Period.Year", period.Year),
        };
    }

    /// <summary>2026年12月 / December 2026.</summary>
    public static string Month(int year, int month, Localizer text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.IsEnglish
            ? new DateOnly(year, month, 1).ToString("MMMM yyyy", En)
            : string.Create(CultureInfo.InvariantCulture, $"{year}年{month}月");
    }

    /// <summary>第50周（12月7日–13日）/ Week 50 (Dec 7–13); the month is repeated when the week spans two.</summary>
    public static string Week(CalendarWeek week, Localizer text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (monday, sunday) = (week.Monday, week.Sunday);
        string range;
        if (text.IsEnglish)
        {
            range = monday.Month == sunday.Month
                ? string.Create(En, $"{monday:MMM d}–{sunday.Day}")
                : string.Create(En, $"{monday:MMM d}–{sunday:MMM d}");
        }
        else
        {
            range = monday.Month == sunday.Month
                ? string.Create(CultureInfo.InvariantCulture, $"{monday.Month}月{monday.Day}日–{sunday.Day}日")
                : string.Create(CultureInfo.InvariantCulture, $"{monday.Month}月{monday.Day}日–{sunday.Month}月{sunday.Day}日");
        }

        return text.Format("Common.Period.Week", week.Number, range);
    }

    /// <summary>A week id as stored ("2026-W50") by its name; an id that is not a week is shown as it is.</summary>
    public static string Week(string weekId, Localizer text) =>
        CalendarWeek.TryParse(weekId, out var week) ? Week(week, text) : weekId;
}
