using OpsRhythm.Bot.Organisation.Languages;
using OpsRhythm.Bot.Persistence;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Cards.Planning;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Planning;
using OpsRhythm.Domain.Time;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Bot.Planning.Cycles;

/// <summary>
/// The one way a cycle opens, whoever opens it (a person from the card through the card pipeline, or the
/// scheduler at period end here): the state machine decides, a plan per department is created (a monthly
/// plan starts from the tasks its quarter's published plan has in that month), each department head is
/// notified 1:1, the ops channel gets a post and the owners of the copied tasks are told of them, all in one
/// batch audited under the actor.
/// </summary>
internal sealed class CycleOpening(PlanDocuments documents, ChangeWriter writer, OrganisationClock clock, IPersonLanguages languages)
{
    /// <summary>The scheduler's opening; a cycle someone opened first (before or during) is refused and left alone.</summary>
    public async Task<CycleOpeningResult> OpenAsync(PlanActor actor, OrganisationProfile organisation, OpenCycleCommand command, CancellationToken cancellationToken)
    {
        var start = await StartAsync(command.Period, cancellationToken);
        var decision = PlanCycleMachine.Decide(start.Existing?.Value, actor, command);
        if (decision.Rejection is { } rejection)
        {
            return new CycleOpeningResult(null, start.Existing?.Value, rejection);
        }

        var cycle = decision.State!;
        var now = clock.UtcNow;
        var change = new Change<PlanCycle>(PlanDocuments.Container, PlanDocuments.CycleKey(cycle.CycleId), cycle, null)
        {
            Audit = AuditTrail.Of(nameof(PlanCycle), cycle.CycleId, decision, actor.PersonId, now, PlanAudit.ActionPrefix),
            Messages = Notifications(organisation, cycle, start, actor.PersonId, now).MessagesIn(await languages.ForAsync(organisation, cancellationToken)),
            Also = start.Plans(cycle),
        };
        try
        {
            return new CycleOpeningResult((await writer.CommitAsync(change, cancellationToken)).Value, null, null);
        }
        catch (Exception e) when (CardPipeline.IsLostRace(e))
        {
            return new CycleOpeningResult(null, cycle, Rejection.WrongState);
        }
    }

    /// <summary>The cycle already there for the period, and for a month its quarter's published plans.</summary>
    public async Task<CycleStart> StartAsync(PlanPeriod period, CancellationToken cancellationToken)
    {
        var existing = await documents.CycleAsync(PlanCycle.IdFor(period), cancellationToken);
        IReadOnlyList<DepartmentPlan> quarter = [];
        if (period.Kind == PlanKind.Monthly
            && await documents.CycleAsync(PlanCycle.IdFor(period.Quarter), cancellationToken) is { Value.State: PlanCycleState.Published } quarterly)
        {
            quarter = [.. (await documents.PlansAsync(quarterly.Value.CycleId, cancellationToken)).Select(p => p.Value)];
        }

        return new CycleStart(existing, quarter);
    }

    /// <summary>Each department head is told 1:1, the ops channel gets a post, and the owners of tasks copied from the quarter are told of them.</summary>
    public static PlanOutbox Notifications(OrganisationProfile organisation, PlanCycle cycle, CycleStart start, string openedBy, DateTimeOffset at)
    {
        var outbox = new PlanOutbox(at, $"{cycle.CycleId}:r{cycle.Round}:{PlanEvents.Opened}");
        AdaptiveCard HeadCard(Localizer text, string departmentId) => PlanMessageCard.Build(
            text.Format("Planning.Notify.Opened", PlanNames.Cycle(cycle, text)),
            [text.Format("Planning.Notify.DueLine", PlanNames.Date(cycle.DueDate, text)), .. cycle.Guidelines is { } g ? new[] { g } : []],
            text["Planning.Notify.OpenPlanButton"],
            PlanVerbs.View,
            PlanVerbs.PlanEntityId(cycle.CycleId, departmentId));
        foreach (var department in organisation.Departments.Where(d => cycle.DepartmentIds.Contains(d.Id)))
        {
            if (organisation.HeadOf(department.Id) is { } head)
            {
                outbox.ToPerson(head, text => HeadCard(text, department.Id), $"head:{department.Id}");
            }
        }

        outbox.ToChannel(organisation.OpsChannelId, text => PlanMessageCard.Build(
            text.Format("Planning.Notify.Opened", PlanNames.Cycle(cycle, text)),
            [text.Format("Planning.Notify.DueLine", PlanNames.Date(cycle.DueDate, text))],
            text["Planning.Notify.OpenCompanyButton"],
            PlanVerbs.Company,
            cycle.CycleId), "ops");
        CopiedTaskNotices.AddTo(outbox, organisation, cycle, start, openedBy);
        return outbox;
    }
}
