using System.Globalization;
using System.Text.Json.Serialization;

namespace OpsRhythm.Domain.Planning;

/// <summary>
/// The period a plan covers: a year ("2027"), a quarter ("2027-Q1") or a month ("2027-01").
/// <see cref="Index"/> is 0 for a year, 1–4 for a quarter, 1–12 for a month.
/// </summary>
public sealed record PlanPeriod(PlanKind Kind, int Year, int Index)
{
    [JsonIgnore]
    public DateOnly Start => Kind switch
    {
        PlanKind.Annual => new DateOnly(Year, 1, 1),
        PlanKind.Quarterly => new DateOnly(Year, ((Index - 1) * 3) + 1, 1),
        _ => new DateOnly(Year, Index, 1),
    };

    [JsonIgnore]
    public DateOnly End => Kind switch
    {
        PlanKind.Annual => new DateOnly(Year, 12, 31),
        PlanKind.Quarterly => Start.AddMonths(3).AddDays(-1),
        _ => Start.AddMonths(1).AddDays(-1),
    };

    public bool Contains(DateOnly date) => date >= Start && date <= End;

    /// <summary>The quarter a monthly period belongs to (monthly plans start from its tasks).</summary>
    [JsonIgnore]
    public PlanPeriod Quarter => new(PlanKind.Quarterly, Year, Kind == PlanKind.Monthly ? ((Index - 1) / 3) + 1 : Index);

    /// <summary>The year a quarterly or monthly period belongs to (quarterly plans show its targets).</summary>
    [JsonIgnore]
    public PlanPeriod AnnualPeriod => new(PlanKind.Annual, Year, 0);

    public static PlanPeriod Annual(int year) => new(PlanKind.Annual, year, 0);

    public static PlanPeriod Quarterly(int year, int quarter) => new(PlanKind.Quarterly, year, quarter);

    public static PlanPeriod Monthly(int year, int month) => new(PlanKind.Monthly, year, month);

    /// <summary>The period after the one containing <paramref name="today"/>: plans are drafted at the end of the previous one.</summary>
    public static PlanPeriod NextAfter(PlanKind kind, DateOnly today) => kind switch
    {
        PlanKind.Annual => Annual(today.Year + 1),
        PlanKind.Quarterly => today.Month >= 10 ? Quarterly(today.Year + 1, 1) : Quarterly(today.Year, ((today.Month - 1) / 3) + 2),
        _ => today.Month == 12 ? Monthly(today.Year + 1, 1) : Monthly(today.Year, today.Month + 1),
    };

    public static bool TryParse(string? text, out PlanPeriod period)
    {
        period = Annual(1);
        var value = text?.Trim() ?? string.Empty;
        if (value.Length == 4 && TryYear(value, out var year))
        {
            period = Annual(year);
            return true;
        }

        if (value.Length == 7 && value[4] == '-' && TryYear(value[..4], out year))
        {
            if ((value[5] == 'Q' || value[5] == 'q') && value[6] is >= '1' and <= '4')
            {
                period = Quarterly(year, value[6] - '0');
                return true;
            }

            if (int.TryParse(value[5..], NumberStyles.None, CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12)
            {
                period = Monthly(year, month);
                return true;
            }
        }

        return false;
    }

    public override string ToString() => Kind switch
    {
        PlanKind.Annual => Year.ToString("D4", CultureInfo.InvariantCulture),
        PlanKind.Quarterly => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-Q{Index}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Index:D2}"),
    };

    private static bool TryYear(string text, out int year) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out year) && year is >= 2000 and <= 2999;
}
