using System.Globalization;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Cards.WeeklyStatus;
using OpsRhythm.Domain.Planning;
using OpsRhythm.Domain.WeeklyStatus;

namespace OpsRhythm.Bot.WeeklyStatus;

/// <summary>The weekly status card's inputs as a typed command, read through <see cref="WeeklyStatusFields"/>; what they mean is the Domain's to judge.</summary>
internal static class StatusFormReader
{
    public static CommandRead<ReportCommand> Read(CardTurn card, WeeklyStatusReport report, IReadOnlyList<PlanTask> planTasks) =>
        card.Verb == WeeklyStatusVerbs.Skip
            ? new SkipReport(card.Value(WeeklyStatusFields.SkipReason))
            : new SubmitReport(Input(card, report, planTasks));

    /// <summary>
    /// The rows as typed: rows task0… up to the plan task ids the card was drawn with are those plan
    /// tasks (titled as the plan names them now), the rest are free-form. A percent that is not a whole
    /// number reads as none, which the rules refuse beside the field.
    /// </summary>
    private static StatusInput Input(CardTurn card, WeeklyStatusReport report, IReadOnlyList<PlanTask> planTasks)
    {
        var planIds = (card.Value(WeeklyStatusFormCard.PlanTasksKey) ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries);
        string Title(string id) => planTasks.FirstOrDefault(t => t.Id == id)?.Title ?? report.Tasks.FirstOrDefault(t => t.PlanTaskId == id)?.Title ?? string.Empty;
        TaskInput Row(int i) => new(
            card.Value(WeeklyStatusFields.TaskTitleOf(i)) ?? string.Empty,
            int.TryParse(card.Value(WeeklyStatusFields.TaskPercentOf(i)), NumberStyles.Integer, CultureInfo.InvariantCulture, out var percent) ? percent : null,
            Enum.TryParse<TaskHealth>(card.Value(WeeklyStatusFields.TaskHealthOf(i)), out var health) ? health : null);
        var rows = planIds.Select((id, i) => Row(i) with { Title = Title(id), PlanTaskId = id })
            .Concat(Enumerable.Range(planIds.Length, WeeklyStatusFormCard.MaxRows).Select(Row))
            .ToList();
        return new StatusInput(
            rows,
            card.Value(WeeklyStatusFields.Highlights),
            card.Value(WeeklyStatusFields.Problems),
            card.Value(WeeklyStatusFields.HelpFrom),
            card.Value(WeeklyStatusFields.HelpNeeded));
    }
}
