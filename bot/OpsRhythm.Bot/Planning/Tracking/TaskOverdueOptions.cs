using System.ComponentModel.DataAnnotations;

namespace OpsRhythm.Bot.Planning.Tracking;

/// <summary>Overdue tasks (section "Planning:TaskOverdue"): when the daily check runs (cron in the organisation's time zone) and whether it runs.</summary>
internal sealed class TaskOverdueOptions
{
    public const string Section = "Planning:TaskOverdue";

    public bool Enabled { get; set; } = true;

    /// <summary>Default: 09:00 every day.</summary>
    [Required]
    public string Cron { get; set; } = "0 9 * * *";

    public bool IsValid()
    {
        try
        {
            Cronos.CronExpression.Parse(Cron, Cronos.CronFormat.Standard);
            return true;
        }
        catch (Cronos.CronFormatException)
        {
            return false;
        }
    }
}
