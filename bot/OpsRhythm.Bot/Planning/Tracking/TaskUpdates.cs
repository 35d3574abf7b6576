using System.Globalization;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Cards.Planning;
using OpsRhythm.Domain.Planning;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Bot.Planning.Tracking;

/// <summary>
/// The tasks of one progress page as typed commands (only the tasks whose status, progress or note changed),
/// and their decision: each task through the Domain in turn, the first refusal refusing the page with
/// its error under that task's progress input.
/// </summary>
internal static class TaskUpdates
{
    public static CommandRead<IReadOnlyList<UpdateTaskCommand>> Read(CardTurn card, DepartmentPlan plan, DateTimeOffset now)
    {
        var commands = new List<UpdateTaskCommand>();
        foreach (var taskId in (card.Value(TaskProgressCard.TaskIdsKey) ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            var task = plan.Content.Tasks.FirstOrDefault(t => t.Id == taskId);
            var status = Enum.TryParse<PlanTaskStatus>(card.Value(TaskProgressCard.StatusId(taskId)), out var s) && Enum.IsDefined(s) ? s : task?.Status ?? PlanTaskStatus.NotStarted;
            if (!int.TryParse(card.Value(TaskProgressCard.ProgressId(taskId)) ?? "0", NumberStyles.Integer, CultureInfo.InvariantCulture, out var progress))
            {
                progress = -1;
            }

            // An empty note keeps the last one: only a note written now counts as a change.
            var note = card.Value(TaskProgressCard.NoteId(taskId))?.Trim() is { Length: > 0 } written ? written : null;
            if (task is null || task.Status != status || task.ProgressPercent != progress || (note is not null && note != task.ProgressNote))
            {
                commands.Add(new UpdateTaskCommand(taskId, status, progress, now) { Note = note });
            }
        }

        return commands;
    }

    public static Decision<DepartmentPlan> Decide(DepartmentPlan plan, PlanCycle cycle, PlanActor actor, IReadOnlyList<UpdateTaskCommand> commands)
    {
        var events = new List<WorkflowEvent>();
        foreach (var command in commands)
        {
            var decision = DepartmentPlanMachine.Decide(plan, cycle, actor, command);
            if (decision.Rejection is { } rejection)
            {
                return CardAnswers.IsAboutWhoActs(rejection) ? decision : Decision.Reject<DepartmentPlan>(Rejection.Invalid(rejection.FieldErrors.ToDictionary(
                    e => e.Key switch
                    {
                        PlanFields.Progress => TaskProgressCard.ProgressId(command.TaskId),
                        PlanFields.ProgressNote => TaskProgressCard.NoteId(command.TaskId),
                        _ => e.Key,
                    },
                    e => e.Value,
                    StringComparer.Ordinal)) with { Reason = rejection.Reason });
            }

            plan = decision.State!;
            events.AddRange(decision.Events);
        }

        return Decision.Accept(plan, [.. events]);
    }
}
