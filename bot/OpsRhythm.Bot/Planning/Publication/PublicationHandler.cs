using OpsRhythm.Bot.Delivery;
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
internal sealed class PublicationHandler(PlanWorkflow workflow, CardPipeline pipeline) : ICardActionHandler
{
    public IReadOnlyDictionary<string, VerbAccess> Access { get; } = new Dictionary<string, VerbAccess>(StringComparer.Ordinal)
    {
        [PlanVerbs.Publish] = VerbAccess.Company(Role.OpsOffice | Role.Leadership),
    };

    public Task<CardActionResult> HandleAsync(CardTurn card, CancellationToken cancellationToken)
    {
        var loaded = new CycleLoad(workflow.Documents, card.Request.EntityId);
        var now = pipeline.Clock.UtcNow;
        var change = PlanWorkflow.CycleChange(card, loaded, _ => new PublishCommand(now), (stored, note, ct) => workflow.ShowCompanyAsync(card, stored, note, ct)) with
        {
            Messages = made => Published(card, loaded, made),
            Done = published => card.Text.Format("Planning.Msg.Published", PlanNames.Cycle(published, card.Text)),
        };
        return pipeline.ChangeAsync(card, change, cancellationToken);
    }

    /// <summary>Each department's plan to its channel, the company plan to the announcement channel, and the people told in person.</summary>
    private IReadOnlyList<OutboxMessage> Published(CardTurn card, CycleLoad loaded, ChangeMade<PlanCycle> made)
    {
        var published = made.After;
        var company = workflow.CompanyOf(made.Before!, loaded.Company, loaded.PlanValues);
        var organisation = card.Organisation;
        var outbox = new PlanOutbox(made.At, $"{published.CycleId}:r{published.Round}:{PlanEvents.Published}");
        foreach (var plan in loaded.Plans)
        {
            outbox.ToChannel(organisation.FindDepartment(plan.Value.DepartmentId)?.ChannelId, text => DepartmentPlanCard.Build(new DepartmentPlanView(published, plan.Value, plan.ETag, organisation), text), $"dept:{plan.Value.DepartmentId}");
        }

        outbox.ToChannel(organisation.AnnouncementChannelId, text => CompanyPlanCard.Build(new CompanyPlanView(published, string.Empty, company, organisation), text), "announcement");
        PublicationNotices.Queue(outbox, published, company, loaded.Plans, organisation);
        return outbox.MessagesIn(card.Turn.Languages);
    }
}
