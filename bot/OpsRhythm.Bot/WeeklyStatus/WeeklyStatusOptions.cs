using System.ComponentModel.DataAnnotations;

namespace OpsRhythm.Bot.WeeklyStatus;

/// <summary>When status is asked for, reminded, due and digested (section "WeeklyStatus"; organisation's time zone).</summary>
internal sealed class WeeklyStatusOptions
{
    public const string Section = "WeeklyStatus";

    /// <summary>When each department head gets the status card (default Thursday 09:00).</summary>
    [Required]
    public string PromptCron { get; set; } = "0 9 * * 4";

    /// <summary>
    /// The interval of follow-up reminders to heads who have not answered: each occurrence before the
    /// deadline reminds them (default 09:00 and 15:00 on Thursday and Friday, which with the defaults
    /// means Thursday 15:00 and Friday 09:00: Thursday 09:00 is the prompt itself, Friday 15:00 is past
    /// the deadline).
    /// </summary>
    [Required]
    public string ReminderCron { get; set; } = "0 9,15 * * 4,5";

    /// <summary>The day and local time the status is due; answers after it are flagged late.</summary>
    public DayOfWeek DeadlineDay { get; set; } = DayOfWeek.Friday;

    public TimeOnly DeadlineTime { get; set; } = new(12, 0);

    /// <summary>When the digest goes to the ops channel, before the weekly meeting (default Friday 13:00).</summary>
    [Required]
    public string DigestCron { get; set; } = "0 13 * * 5";
}
