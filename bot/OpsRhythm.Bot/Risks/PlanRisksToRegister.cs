using Microsoft.Extensions.Options;
using OpsRhythm.Bot.Organisation;
using OpsRhythm.Bot.Organisation.Languages;
using OpsRhythm.Bot.Persistence;
using OpsRhythm.Bot.Planning;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Planning;
using OpsRhythm.Domain.Risks;
using OpsRhythm.Domain.Time;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Risks;

/// <summary>
/// Risks written in approved plans (风险评估与应对措施) flow into the register, owned by the department's head.
/// The plans and the register live in different containers, so the approval cannot carry them: each
/// department's new risks are written in one batch of its register partition with their audit entries and,
/// for high and critical ones, the channel posts. A plan risk's register id is derived from the cycle and
/// its row id (<see cref="RiskOrigin.RiskId"/>), so being told twice, a retry, or a later approval of the same
/// cycle (an adjustment) never registers it again. Run after the approval commits and by <see cref="PlanRisksJob"/>.
/// </summary>
internal sealed class PlanRisksToRegister(
    IDocumentStore store, ChangeWriter writer, PlanDocuments plans, IOrganisationDirectory directory, IPersonLanguages languages,
    IOptions<RisksOptions> options, OrganisationClock clock, ILogger<PlanRisksToRegister> logger) : IPlanApprovedListener
{
    private const int Attempts = 3;

    /// <summary>After an approval on a user's turn: never fails the approval, the job retries.</summary>
    public async Task PlanApprovedAsync(string cycleId, CancellationToken cancellationToken)
    {
        try
        {
            await RegisterCycleAsync(cycleId, cancellationToken);
        }
        catch (DocumentStoreException e)
        {
            logger.PlanRisksDeferred(cycleId, e);
        }
    }

    /// <summary>Registers every risk of the cycle's approved plans that is not in the register yet; returns how many were.</summary>
    public async Task<int> RegisterCycleAsync(string cycleId, CancellationToken cancellationToken)
    {
        var cycle = (await plans.CycleAsync(cycleId, cancellationToken))?.Value;
        if (cycle is null || cycle.State is not (PlanCycleState.Approved or PlanCycleState.Published))
        {
            return 0;
        }

        var organisation = await directory.GetAsync(cancellationToken);
        RecipientLanguages? readers = null;
        var registered = 0;
        foreach (var plan in await plans.PlansAsync(cycleId, cancellationToken))
        {
            if (plan.Value.ApprovedContent is { Risks.Count: > 0 } approved)
            {
                readers ??= await languages.ForAsync(organisation, cancellationToken);
                registered += await RegisterPlanAsync(cycle, plan.Value, approved, organisation, readers, cancellationToken);
            }
        }

        return registered;
    }

    private async Task<int> RegisterPlanAsync(PlanCycle cycle, DepartmentPlan plan, PlanContent approved, OrganisationProfile organisation, RecipientLanguages readers, CancellationToken cancellationToken)
    {
        var owner = organisation.FindDepartment(plan.DepartmentId)?.HeadPersonId ?? plan.UpdatedBy;
        if (owner is null)
        {
            return 0;
        }

        var approvedBy = cycle.DecidedBy ?? owner;
        for (var attempt = 1; ; attempt++)
        {
            var now = clock.UtcNow;
            var today = clock.Today(organisation);
            var missing = new List<Risk>();
            foreach (var planned in approved.Risks)
            {
                var origin = new RiskOrigin(cycle.CycleId, planned.Id);
                if (await store.ReadAsync<Risk>(StorageContainers.Risks, new DocumentKey(plan.DepartmentId, origin.RiskId), cancellationToken) is null)
                {
                    missing.Add(RiskMachine.FromPlan(origin, plan.DepartmentId, owner, planned, approvedBy, now, today, options.Value.DefaultReviewDays));
                }
            }

            if (missing.Count == 0)
            {
                return 0;
            }

            var bands = options.Value.Bands;
            var change = new Change<Risk>(StorageContainers.Risks, new DocumentKey(plan.DepartmentId, missing[0].Id), missing[0], null)
            {
                Also = [.. missing.Skip(1).Select(r => BatchOperation.Create(r.Id, r))],
                Audit = [.. missing.SelectMany(r => AuditTrail.One(nameof(Risk), r.Id, "registered-from-plan", approvedBy, now, cycle.CycleId))],
                Messages = [.. missing.SelectMany(r => RiskRaisedMessages.For(r, "Plan", "from-plan", bands, organisation, readers, now))],
            };
            try
            {
                await writer.CommitAsync(change, cancellationToken);
                logger.PlanRisksRegistered(cycle.CycleId, plan.DepartmentId, missing.Count);
                return missing.Count;
            }
            catch (Exception e) when (attempt < Attempts && e is DocumentConflictException or BatchFailedException)
            {
                // Another run registered some of them first: read again and register the rest.
            }
        }
    }
}
