using System.ComponentModel.DataAnnotations;

namespace OpsRhythm.Bot.ExternalCommunication;

/// <summary>Section "ExternalCommunication": when follow-ups with customers and partners are reminded.</summary>
internal sealed class ExternalCommunicationOptions
{
    public const string Section = "ExternalCommunication";

    /// <summary>Cron (organisation time zone) of the reminder job.</summary>
    [Required]
    public string ReminderCron { get; set; } = "0 9 * * *";

    /// <summary>How many days before its date the owner is first reminded (0 = only on the day).</summary>
    [Range(0, 30)]
    public int RemindDaysBefore { get; set; } = 2;
}
