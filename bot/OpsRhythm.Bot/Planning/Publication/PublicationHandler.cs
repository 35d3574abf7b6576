using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Cards.Planning;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Planning;

namespace OpsRhythm.Bot.Planning.Publication;

/// <summary>
/// plan.publish: issues the approved plan (下达至各部门). Each department's plan is posted to its
/// channel and the company summary to the announcement channel, and each leader and head is told in person
/// (<see cref="PublicationNotices"/>), in the same write as the state.
/// </summary>
internal sealed class PublicationHandler(PlanWorkflow workflow) : ICardActionHandler
{
    public IReadOnlyDictionary<string, VerbAccess> Access { get; } = new Dictionary<string, VerbAccess>(StringComparer.Ordinal)
    {
        [PlanVerbs.Publish] = VerbAccess.Company(Role.OpsOffice | Role.Leadership),
    };

    public async Task<CardActionResult> HandleAsync(CardTurn card, CancellationToken cancellationToken)
    {
        var (turn, request) = (card.Turn, card.Request);
        if (request.EntityId is null || await workflow.Documents.CycleAsync(request.EntityId, cancellationToken) is not { } cycle)
        {
            return CardAnswers.NotFound(turn);
        }

        if (!string.Equals(request.Version, cycle.ETag, StringComparison.Ordinal))
        {
            return await ShowAsync(turn, cycle, turn.Text["Common.Rejection.StaleVersion"], null, cancellationToken);
        }

        var decision = PlanCycleMachine.Decide(cycle.Value, PlanWorkflow.Actor(card), new PublishCommand(workflow.Clock.UtcNow));
        if (decision.Rejection is { } rejection)
        {
            return CardAnswers.Refusal(turn, rejection) ?? await ShowAsync(turn, cycle, null, rejection, cancellationToken);
        }

        var published = decision.State!;
        var plans = await workflow.Documents.PlansAsync(published.CycleId, cancellationToken);
        var company = (await workflow.CompanyViewAsync(turn, cycle, cancellationToken)).Company;
        var organisation = turn.Organisation;
        var outbox = new PlanOutbox(workflow.Clock.UtcNow, $"{published.CycleId}:r{published.Round}:{PlanEvents.Published}");
        foreach (var plan in plans)
        {
            outbox.ToChannel(organisation.FindDepartment(plan.Value.DepartmentId)?.ChannelId, text => DepartmentPlanCard.Build(new DepartmentPlanView(published, plan.Value, plan.ETag, organisation), text), $"dept:{plan.Value.DepartmentId}");
        }

        outbox.ToChannel(organisation.AnnouncementChannelId, text => CompanyPlanCard.Build(new CompanyPlanView(published, string.Empty, company, organisation), text), "announcement");
        PublicationNotices.Queue(outbox, published, company, plans, organisation);
        var stored = await workflow.CommitCycleAsync(card, cycle, decision, outbox, [], cancellationToken);
        var shown = stored ?? await workflow.Documents.CycleAsync(published.CycleId, cancellationToken) ?? cycle;
        return await ShowAsync(turn, shown, stored is null ? turn.Text["Common.Rejection.StaleVersion"] : turn.Text.Format("Planning.Msg.Published", PlanNames.Cycle(published, turn.Text)), null, cancellationToken);
    }

    private async Task<CardActionResult> ShowAsync(Turn turn, Storage.Contract.StoredDocument<PlanCycle> cycle, string? notice, Domain.Workflow.Rejection? rejection, CancellationToken cancellationToken)
    {
        var view = await workflow.CompanyViewAsync(turn, cycle, cancellationToken);
        return CardActionResult.ShowCard(CompanyPlanCard.Build(view with { Notice = notice, Rejection = rejection }, turn.Text));
    }
}
