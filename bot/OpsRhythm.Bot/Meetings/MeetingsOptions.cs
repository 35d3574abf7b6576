using System.ComponentModel.DataAnnotations;

namespace OpsRhythm.Bot.Meetings;

/// <summary>Section "Meetings": reminders before meetings, how often attendees are checked against the organisation, slot search, action-item follow-up.</summary>
internal sealed class MeetingsOptions
{
    public const string Section = "Meetings";

    /// <summary>How long before a meeting the channel and attendees get the reminder card.</summary>
    [Range(1, 1440)]
    public int ReminderMinutesBefore { get; set; } = 15;

    /// <summary>How often the reminder job looks for meetings coming up (organisation's time zone); a reminder is sent once per occurrence.</summary>
    [Required]
    public string ReminderCron { get; set; } = "*/5 * * * *";

    /// <summary>How often the weekly meeting's attendees are brought in line with the organisation (department heads, ops office).</summary>
    [Required]
    public string AttendeeSyncCron { get; set; } = "*/30 * * * *";

    /// <summary>Granularity of proposed coordination slots, in minutes.</summary>
    [Range(5, 120)]
    public int SlotStepMinutes { get; set; } = 30;

    /// <summary>When the action-item follow-up runs (organisation's time zone): reminders before the deadline, escalation once overdue.</summary>
    [Required]
    public string ActionItemFollowUpCron { get; set; } = "30 9 * * *";

    /// <summary>How many days before an action item's deadline its owner is reminded, once a day.</summary>
    [Range(0, 30)]
    public int ActionItemRemindDaysBefore { get; set; } = 2;
}
