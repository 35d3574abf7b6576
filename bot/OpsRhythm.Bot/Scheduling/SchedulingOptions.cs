using System.ComponentModel.DataAnnotations;
using OpsRhythm.Domain.Organisation;

namespace OpsRhythm.Bot.Scheduling;

/// <summary>Scheduler settings (section "Scheduling").</summary>
internal sealed class SchedulingOptions
{
    public const string Section = "Scheduling";

    public bool Enabled { get; set; } = true;

    /// <summary>
    /// The IANA time zone cron expressions are read in when the organisation profile's time zone
    /// (which wins: see <see cref="OrganisationScheduleTimeZone"/>) is unknown or unreadable.
    /// </summary>
    [Required]
    public string TimeZone { get; set; } = OrganisationProfile.DefaultTimeZone;

    /// <summary>On start, the latest occurrence of each job missed within this window is run; older ones are dropped.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "7.00:00:00")]
    public TimeSpan CatchUpWindow { get; set; } = TimeSpan.FromHours(6);

    /// <summary>A run that started this long ago and never finished (its instance died) may be taken over.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "1.00:00:00")]
    public TimeSpan RunTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How long a finished occurrence's lease is kept (its "ttl"); longer than the longest catch-up window.</summary>
    [Range(typeof(TimeSpan), "8.00:00:00", "3650.00:00:00")]
    public TimeSpan LeaseRetention { get; set; } = TimeSpan.FromDays(30);
}
