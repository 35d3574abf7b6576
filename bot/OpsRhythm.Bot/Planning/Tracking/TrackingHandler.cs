using OpsRhythm.Bot.Turns.Pipeline;
using System.Globalization;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Cards.Planning;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Planning;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Bot.Planning.Tracking;

/// <summary>
/// Execution tracking: plan.tasks shows the head's tasks a page at a time, plan.updateTasks
/// stores the status and progress of the tasks on that page in one write, then shows the page asked
/// for (the save-and-next-page button), so paging never drops what was typed.
/// </summary>
public sealed class TrackingHandler(PlanWorkflow workflow) : ICardActionHandler
{
    public IReadOnlyDictionary<string, VerbAccess> Access { get; } = new Dictionary<string, VerbAccess>(StringComparer.Ordinal)
    {
        [PlanVerbs.Tasks] = VerbAccess.Department(Role.DepartmentHead, PlanDepartment),
        [PlanVerbs.UpdateTasks] = VerbAccess.Department(Role.DepartmentHead, PlanDepartment),
    };

    private static string? PlanDepartment(CardActionRequest request) => PlanVerbs.ParsePlanEntityId(request.EntityId)?.DepartmentId;

    public async Task<CardActionResult> HandleAsync(CardTurn card, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(card);
        var (turn, request) = (card.Turn, card.Request);
        if (await workflow.LoadPlanAsync(request.EntityId, cancellationToken) is not { } context)
        {
            return CardAnswers.NotFound(turn);
        }

        var page = int.TryParse(request.Value(PlanVerbs.PageKey), CultureInfo.InvariantCulture, out var p) ? p : 0;
        if (request.Verb == PlanVerbs.Tasks)
        {
            return Show(turn, context, page, null, null);
        }

        if (context.IsStale(request.Version))
        {
            return Show(turn, context, page, null, turn.Text["Common.Rejection.StaleVersion"]);
        }

        var actor = PlanWorkflow.Actor(turn);
        var now = workflow.Clock.UtcNow;
        var plan = context.Plan.Value;
        var events = new List<WorkflowEvent>();
        foreach (var taskId in (request.Value(TaskProgressCard.TaskIdsKey) ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            var task = plan.Content.Tasks.FirstOrDefault(t => t.Id == taskId);
            var status = Enum.TryParse<PlanTaskStatus>(request.Value(TaskProgressCard.StatusId(taskId)), out var s) && Enum.IsDefined(s) ? s : task?.Status ?? PlanTaskStatus.NotStarted;
            if (!int.TryParse(request.Value(TaskProgressCard.ProgressId(taskId)) ?? "0", NumberStyles.Integer, CultureInfo.InvariantCulture, out var progress))
            {
                progress = -1;
            }

            if (task is not null && task.Status == status && task.ProgressPercent == progress)
            {
                continue;
            }

            var decision = DepartmentPlanMachine.Decide(plan, context.Cycle.Value, actor, new UpdateTaskCommand(taskId, status, progress, now));
            if (decision.Rejection is { } rejection)
            {
                return CardAnswers.Refusal(turn, rejection)
                    ?? Show(turn, context, page, Rejection.Invalid(rejection.FieldErrors.ToDictionary(e => e.Key == PlanFields.Progress ? TaskProgressCard.ProgressId(taskId) : e.Key, e => e.Value, StringComparer.Ordinal)) with { Reason = rejection.Reason }, null);
            }

            plan = decision.State!;
            events.AddRange(decision.Events);
        }

        var shown = int.TryParse(request.Value(TaskProgressCard.GotoKey), CultureInfo.InvariantCulture, out var goTo) ? goTo : page;
        if (events.Count == 0)
        {
            return Show(turn, context, shown, null, turn.Text["Planning.Msg.TasksSaved"]);
        }

        var result = await workflow.CommitPlanAsync(turn, context, Decision.Accept(plan, [.. events]), null, turn.Text["Planning.Msg.TasksSaved"], cancellationToken);
        return result is CardResult && await workflow.LoadPlanAsync(request.EntityId, cancellationToken) is { } saved && saved.Plan.ETag != context.Plan.ETag
            ? Show(turn, saved, shown, null, turn.Text["Planning.Msg.TasksSaved"])
            : result;
    }

    private static CardActionResult Show(Turn turn, PlanContext context, int page, Rejection? rejection, string? notice) =>
        CardActionResult.ShowCard(TaskProgressCard.Build(context.Cycle.Value, context.Plan.Value, context.Plan.ETag, turn.Organisation, turn.Text, page, rejection, notice));
}
