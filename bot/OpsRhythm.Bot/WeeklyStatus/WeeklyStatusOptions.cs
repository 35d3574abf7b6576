using System.ComponentModel.DataAnnotations;

namespace OpsRhythm.Bot.WeeklyStatus;

/// <summary>When status is asked for, reminded, due and digested (section "WeeklyStatus"; organisation's time zone).</summary>
public sealed class WeeklyStatusOptions
{
    public const string Section = "WeeklyStatus";

    /// <summary>When each department head gets the status card (default Thursday 09:00).</summary>
    [Required]
    public string PromptCron { get; set; } = "0 9 * * 4";

    /// <summary>Follow-up reminders to heads who have not answered, until the deadline (default every 3 hours, 09:00-18:00, Thursday and Friday).</summary>
    [Required]
    public string ReminderCron { get; set; } = "0 12,15,18 * * 4";

    /// <summary>The day and local time the status is due; answers after it are flagged late.</summary>
    public DayOfWeek DeadlineDay { get; set; } = DayOfWeek.Friday;

    public TimeOnly DeadlineTime { get; set; } = new(12, 0);

    /// <summary>When the digest goes to the ops channel, before the weekly meeting (default Friday 13:00).</summary>
    [Required]
    public string DigestCron { get; set; } = "0 13 * * 5";
}
