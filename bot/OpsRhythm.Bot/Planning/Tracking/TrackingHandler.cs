using OpsRhythm.Bot.Turns.Pipeline;
using System.Globalization;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Cards.Planning;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Organisation.StandIns;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Bot.Planning.Tracking;

/// <summary>
/// Execution tracking: plan.tasks shows the head's tasks a page at a time, plan.updateTasks
/// stores the status and progress of the tasks on that page in one write, then shows the page asked
/// for (the save-and-next-page button), so paging never drops what was typed.
/// </summary>
internal sealed class TrackingHandler(PlanWorkflow workflow) : ICardActionHandler
{
    public IReadOnlyDictionary<string, VerbAccess> Access { get; } = new Dictionary<string, VerbAccess>(StringComparer.Ordinal)
    {
        // Task owners (责任人) are the department's members: they see and report on their own tasks only (the Domain checks whose task it is).
        [PlanVerbs.Tasks] = VerbAccess.DepartmentAndMembers(Role.DepartmentHead | Role.Employee, PlanDepartment).WithStandIns(StandInKind.Department),
        [PlanVerbs.UpdateTasks] = VerbAccess.DepartmentAndMembers(Role.DepartmentHead | Role.Employee, PlanDepartment).WithStandIns(StandInKind.Department),
    };

    private static string? PlanDepartment(CardActionRequest request) => PlanVerbs.ParsePlanEntityId(request.EntityId)?.DepartmentId;

    public async Task<CardActionResult> HandleAsync(CardTurn card, CancellationToken cancellationToken)
    {
        var loaded = new PlanLoad(workflow, card.Request.EntityId);
        var page = Number(card, PlanVerbs.PageKey) ?? 0;
        if (card.Verb == PlanVerbs.Tasks)
        {
            return await loaded.LoadAsync(cancellationToken) is null ? CardAnswers.NotFound(card) : Show(card, loaded.Context, page, null, null);
        }

        var now = workflow.Clock.UtcNow;
        var change = workflow.PlanChange(card, loaded, plan => TaskUpdates.Read(card, plan, now), TaskUpdates.Decide) with
        {
            Show = (stored, note, _) => Task.FromResult(stored.ETag == loaded.Context.Plan.ETag
                ? Show(card, loaded.Context with { Plan = stored }, page, note.Rejection, note.Notice)
                : Show(card, loaded.Context with { Plan = stored }, Number(card, TaskProgressCard.GotoKey) ?? page, null, note.Notice)),
            Done = _ => card.Text["Planning.Msg.TasksSaved"],
        };
        return await workflow.ChangePlanAsync(card, change, cancellationToken);
    }

    private static int? Number(CardTurn card, string field) =>
        int.TryParse(card.Value(field), CultureInfo.InvariantCulture, out var number) ? number : null;

    private static CardActionResult Show(CardTurn card, PlanContext context, int page, Rejection? rejection, string? notice) =>
        CardActionResult.ShowCard(TaskProgressCard.Build(context.Cycle.Value, context.Plan.Value, context.Plan.ETag, card.Organisation, card.Text, page, rejection, notice, OwnerOnly(card, context.Plan.Value)));

    /// <summary>Someone who neither heads the plan's department nor oversees plans sees only the tasks they own.</summary>
    public static string? OwnerOnly(CardTurn card, Domain.Planning.DepartmentPlan plan)
    {
        var actor = PlanWorkflow.Actor(card);
        return actor.Heads(plan.DepartmentId) || actor.Has(Role.OpsOffice | Role.Leadership) ? null : actor.PersonId;
    }
}
