using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace OpsRhythm.Bot.Planning.Submission;

/// <summary>
/// Late plan submissions (section "Planning:Submission"): when the daily follow-up runs (cron in the
/// organisation's time zone) and on which days before the due date heads who have not submitted are
/// reminded. After the due date the ops office is told once a day per overdue plan.
/// </summary>
internal sealed class SubmissionReminderOptions
{
    public const string Section = "Planning:Submission";

    public bool Enabled { get; set; } = true;

    /// <summary>Default: 09:00 every day.</summary>
    [Required]
    public string Cron { get; set; } = "0 9 * * *";

    /// <summary>Days before the due date, comma-separated ("3,1": three days and one day before).</summary>
    [Required]
    public string RemindDaysBefore { get; set; } = "3,1";

    public IReadOnlyList<int> DaysBefore() =>
        [.. RemindDaysBefore.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => int.TryParse(d, NumberStyles.None, CultureInfo.InvariantCulture, out var days) ? days : -1)];

    public bool IsValid() => IsCron(Cron) && DaysBefore() is { Count: > 0 } days && days.All(d => d is >= 0 and <= 60);

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
