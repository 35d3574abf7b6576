using System.ComponentModel.DataAnnotations;
using OpsRhythm.Domain.Planning;

namespace OpsRhythm.Bot.Planning.Cycles;

/// <summary>
/// When cycles open by themselves (section "Planning:Schedule"): a cron per kind, read in the
/// organisation's time zone, opening the next period's cycle; its drafts are due a number of days
/// after the opening day. The annual cycle needs leadership's guidelines, so it only opens by itself
/// when it is enabled and the guidelines are configured.
/// </summary>
internal sealed class CycleScheduleOptions
{
    public const string Section = "Planning:Schedule";

    public bool MonthlyEnabled { get; set; } = true;

    /// <summary>Default: 09:00 on the last day of each month.</summary>
    [Required]
    public string MonthlyCron { get; set; } = "0 9 L * *";

    [Range(0, 28)]
    public int MonthlyDueDays { get; set; } = 5;

    public bool QuarterlyEnabled { get; set; } = true;

    /// <summary>Default: 09:00 on the last day of each quarter.</summary>
    [Required]
    public string QuarterlyCron { get; set; } = "0 9 L 3,6,9,12 *";

    [Range(0, 90)]
    public int QuarterlyDueDays { get; set; } = 10;

    public bool AnnualEnabled { get; set; }

    /// <summary>Default: 09:00 on 1 December, so the year is planned before it starts.</summary>
    [Required]
    public string AnnualCron { get; set; } = "0 9 1 12 *";

    [Range(0, 365)]
    public int AnnualDueDays { get; set; } = 20;

    /// <summary>Leadership's guidelines for a scheduled annual cycle (required when <see cref="AnnualEnabled"/>).</summary>
    [MaxLength(PlanLimits.Guidelines)]
    public string? AnnualGuidelines { get; set; }

    public bool Enabled(PlanKind kind) => kind switch
    {
        PlanKind.Annual => AnnualEnabled,
        PlanKind.Quarterly => QuarterlyEnabled,
        _ => MonthlyEnabled,
    };

    public string Cron(PlanKind kind) => kind switch
    {
        PlanKind.Annual => AnnualCron,
        PlanKind.Quarterly => QuarterlyCron,
        _ => MonthlyCron,
    };

    public int DueDays(PlanKind kind) => kind switch
    {
        PlanKind.Annual => AnnualDueDays,
        PlanKind.Quarterly => QuarterlyDueDays,
        _ => MonthlyDueDays,
    };

    /// <summary>Each cron must parse (5 fields), and a scheduled annual cycle needs its guidelines.</summary>
    public bool IsValid() =>
        Enum.GetValues<PlanKind>().All(kind => IsCron(Cron(kind)))
        && (!AnnualEnabled || !string.IsNullOrWhiteSpace(AnnualGuidelines));

    private static bool IsCron(string expression)
    {
        try
        {
            Cronos.CronExpression.Parse(expression, Cronos.CronFormat.Standard);
            return true;
        }
        catch (Cronos.CronFormatException)
        {
            return false;
        }
    }
}
