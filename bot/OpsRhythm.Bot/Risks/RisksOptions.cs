using System.ComponentModel.DataAnnotations;
using OpsRhythm.Domain.Risks;

namespace OpsRhythm.Bot.Risks;

/// <summary>Section "Risks": where the likelihood × impact score turns medium, high and critical, and when reviews are reminded.</summary>
internal sealed class RisksOptions : IValidatableObject
{
    public const string Section = "Risks";

    [Range(2, 25)]
    public int MediumFrom { get; set; } = RiskLevelBands.Default.MediumFrom;

    [Range(2, 25)]
    public int HighFrom { get; set; } = RiskLevelBands.Default.HighFrom;

    [Range(2, 25)]
    public int CriticalFrom { get; set; } = RiskLevelBands.Default.CriticalFrom;

    /// <summary>Cron (org time zone) of the review reminder job.</summary>
    [Required]
    public string ReviewReminderCron { get; set; } = "0 9 * * 1-5";

    /// <summary>
    /// Days between reviews of an open risk where none is set: a risk registered without a review date is
    /// reminded this long after it was last assessed, and "reviewed" without a date sets the next one this far out.
    /// </summary>
    [Range(1, 366)]
    public int DefaultReviewDays { get; set; } = 90;

    /// <summary>Cron (org time zone) of the catch-up that registers risks of approved plans an approval left out.</summary>
    [Required]
    public string PlanRisksCron { get; set; } = "*/15 * * * *";

    public RiskLevelBands Bands => new(MediumFrom, HighFrom, CriticalFrom);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Bands.IsValid)
        {
            yield return new ValidationResult(
                "Risks:MediumFrom < Risks:HighFrom < Risks:CriticalFrom <= 25 is required.",
                [nameof(MediumFrom), nameof(HighFrom), nameof(CriticalFrom)]);
        }
    }
}
