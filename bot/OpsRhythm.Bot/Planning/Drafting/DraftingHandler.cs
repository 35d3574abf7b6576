using OpsRhythm.Bot.Turns.Pipeline;
using System.Globalization;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Cards.Planning;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Planning;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Bot.Planning.Drafting;

/// <summary>
/// The head's drafting: plan.view shows the plan, plan.edit one section, plan.save stores a section
/// as a draft (typed values kept and errors shown under their fields when refused), plan.submit sends
/// it to the ops office, who is notified 1:1.
/// </summary>
public sealed class DraftingHandler(PlanWorkflow workflow) : ICardActionHandler
{
    public IReadOnlyDictionary<string, VerbAccess> Access { get; } = new Dictionary<string, VerbAccess>(StringComparer.Ordinal)
    {
        [PlanVerbs.View] = VerbAccess.Department(Role.DepartmentHead | Role.OpsOffice | Role.Leadership, PlanDepartment),
        [PlanVerbs.Edit] = VerbAccess.Department(Role.DepartmentHead, PlanDepartment),
        [PlanVerbs.Save] = VerbAccess.Department(Role.DepartmentHead, PlanDepartment),
        [PlanVerbs.Submit] = VerbAccess.Department(Role.DepartmentHead, PlanDepartment),
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

        return request.Verb switch
        {
            PlanVerbs.View => await workflow.ShowPlanAsync(turn, context, null, null, cancellationToken),
            PlanVerbs.Edit => Section(turn, context, SectionOf(request), Page(request), null, null),
            PlanVerbs.Save => await SaveAsync(turn, request, context, cancellationToken),
            _ => await SubmitAsync(turn, request, context, cancellationToken),
        };
    }

    private async Task<CardActionResult> SaveAsync(Turn turn, CardActionRequest request, PlanContext context, CancellationToken cancellationToken)
    {
        var section = SectionOf(request);
        var page = Page(request);
        if (context.IsStale(request.Version))
        {
            return Section(turn, context, section, page, new Rejection(RejectionReason.StaleVersion), request.Data);
        }

        var parsed = PlanSectionForm.Parse(section, request, context.Plan.Value.Content);
        var members = turn.Organisation.MembersOf(context.Plan.Value.DepartmentId).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var decision = DepartmentPlanMachine.Decide(context.Plan.Value, context.Cycle.Value, PlanWorkflow.Actor(turn), new SaveDraftCommand(parsed.Content, members, workflow.Clock.UtcNow));
        if (decision.Rejection is { } rejection)
        {
            if (CardAnswers.Refusal(turn, rejection) is { } forbidden)
            {
                return forbidden;
            }

            if (rejection.Reason == RejectionReason.WrongState)
            {
                return await workflow.ShowPlanAsync(turn, context, null, rejection, cancellationToken);
            }
        }

        var errors = new Dictionary<string, FieldError>(parsed.OnCardRows(decision.Rejection?.FieldErrors ?? new Dictionary<string, FieldError>()), StringComparer.Ordinal);
        foreach (var (key, error) in parsed.Errors)
        {
            errors[key] = error;
        }

        if (errors.Count > 0)
        {
            return Section(turn, context, section, page, Rejection.Invalid(errors), request.Data);
        }

        var result = await workflow.CommitPlanAsync(turn, context, decision, null, turn.Text["Planning.Msg.Saved"], cancellationToken);
        if (int.TryParse(request.Value(PlanSectionCard.GotoKey), CultureInfo.InvariantCulture, out var next)
            && await workflow.LoadPlanAsync(request.EntityId, cancellationToken) is { } saved
            && saved.Plan.ETag != context.Plan.ETag)
        {
            return Section(turn, saved, section, next, null, null);
        }

        return result;
    }

    private async Task<CardActionResult> SubmitAsync(Turn turn, CardActionRequest request, PlanContext context, CancellationToken cancellationToken)
    {
        if (context.IsStale(request.Version))
        {
            return await workflow.CurrentPlanAsync(turn, context, cancellationToken);
        }

        var plan = context.Plan.Value;
        var members = turn.Organisation.MembersOf(plan.DepartmentId).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var decision = DepartmentPlanMachine.Decide(plan, context.Cycle.Value, PlanWorkflow.Actor(turn), new SubmitPlanCommand(members, workflow.Clock.UtcNow));
        if (decision.Rejection is { } rejection)
        {
            return CardAnswers.Refusal(turn, rejection) ?? await workflow.ShowPlanAsync(turn, context, null, rejection, cancellationToken);
        }

        var submitted = decision.State!;
        var cycle = context.Cycle.Value;
        var outbox = new PlanOutbox(workflow.Clock.UtcNow, $"{cycle.CycleId}:{plan.DepartmentId}:v{submitted.Revision}:{PlanEvents.Submitted}");
        foreach (var ops in turn.Organisation.WithRole(Domain.Organisation.Role.OpsOffice))
        {
            outbox.ToPerson(ops, text => PlanMessageCard.Build(
                text.Format("Planning.Notify.Submitted", PlanNames.Department(turn.Organisation, plan.DepartmentId, text), PlanNames.Cycle(cycle, text)),
                [text["Planning.Notify.SubmittedLine"]],
                text["Planning.Notify.OpenPlanButton"],
                PlanVerbs.View,
                PlanVerbs.PlanEntityId(cycle.CycleId, plan.DepartmentId),
                plan.OpenAdjustment?.Explanation), "ops", PlanFeed.ApprovalRequested(turn.Organisation, turn.Actor!.Id, PlanFeed.DepartmentPlan(turn.Organisation, plan.DepartmentId, cycle)));
        }

        return await workflow.CommitPlanAsync(turn, context, decision, outbox, turn.Text["Planning.Msg.Submitted"], cancellationToken);
    }

    private static CardActionResult Section(Turn turn, PlanContext context, PlanSection section, int page, Rejection? rejection, IReadOnlyDictionary<string, string>? typed)
    {
        var view = new PlanSectionView(context.Cycle.Value, context.Plan.Value, context.Plan.ETag, turn.Organisation, section) { Rejection = rejection, Typed = typed };
        return CardActionResult.ShowCard(PlanSectionCard.Build(view with { Page = Math.Clamp(page, 0, view.PageCount - 1) }, turn.Text));
    }

    private static PlanSection SectionOf(CardActionRequest request) =>
        Enum.TryParse<PlanSection>(request.Value(PlanVerbs.SectionKey), out var section) && Enum.IsDefined(section) ? section : PlanSection.Tasks;

    private static int Page(CardActionRequest request) =>
        int.TryParse(request.Value(PlanVerbs.PageKey), CultureInfo.InvariantCulture, out var page) ? page : 0;
}
