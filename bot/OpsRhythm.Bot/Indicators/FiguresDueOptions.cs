using System.ComponentModel.DataAnnotations;

namespace OpsRhythm.Bot.Indicators;

/// <summary>Section "Indicators": when the heads who enter figures are prompted for the ones due.</summary>
internal sealed class FiguresDueOptions
{
    public const string Section = "Indicators";

    /// <summary>Cron (organisation time zone) of the prompt job; it prompts each department once per month.</summary>
    [Required]
    public string FiguresDueCron { get; set; } = "0 9 * * *";

    /// <summary>The day of the month from which last month's (and a closed quarter's or year's) figures are due.</summary>
    [Range(1, 28)]
    public int FiguresDueDay { get; set; } = 3;
}
