using System.Globalization;
using OpsRhythm.Bot.Persistence;
using OpsRhythm.Bot.Planning;
using OpsRhythm.Domain.Indicators;
using OpsRhythm.Domain.Planning;
using OpsRhythm.Domain.Time;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Indicators;

/// <summary>
/// Takes the targets of approved department plans over as indicator targets. The approval is written
/// in the plans partition (pk = cycle id) and the targets in "{dept}:{year}", so they cannot share a
/// batch: instead each approved plan revision is projected once, in one batch per department holding
/// the targets, the audit event and a <see cref="PlanTargetsApplied"/> record whose id (cycle +
/// revision) makes a repeat a no-op. Run right after the approval commits and again by
/// <see cref="PlanTargetsJob"/>, which catches up whatever a crash or a conflict left undone.
/// </summary>
internal sealed class PlanTargetProjector(IDocumentStore store, ChangeWriter writer, PlanDocuments plans, IndicatorReader reader, OrganisationClock clock, ILogger<PlanTargetProjector> logger)
    : IPlanApprovedListener
{
    private const int Attempts = 3;

    /// <summary>After an approval on a user's turn: never fails the approval, the job retries.</summary>
    public async Task PlanApprovedAsync(string cycleId, CancellationToken cancellationToken)
    {
        try
        {
            await ProjectCycleAsync(cycleId, cancellationToken);
        }
        catch (DocumentStoreException e)
        {
            logger.PlanTargetsDeferred(cycleId, e);
        }
    }

    /// <summary>Projects every approved plan of the cycle that is not projected yet; returns how many were.</summary>
    public async Task<int> ProjectCycleAsync(string cycleId, CancellationToken cancellationToken)
    {
        var cycle = (await plans.CycleAsync(cycleId, cancellationToken))?.Value;
        if (cycle is null || cycle.State is not (PlanCycleState.Approved or PlanCycleState.Published))
        {
            return 0;
        }

        var (catalog, _) = await reader.CatalogAsync(cancellationToken);
        var projected = 0;
        foreach (var plan in await plans.PlansAsync(cycleId, cancellationToken))
        {
            if (plan.Value.ApprovedRevision is { } revision && plan.Value.ApprovedContent is { } approved
                && await ProjectPlanAsync(cycle, plan.Value, revision, approved, catalog, cancellationToken))
            {
                projected++;
            }
        }

        return projected;
    }

    private async Task<bool> ProjectPlanAsync(PlanCycle cycle, DepartmentPlan plan, int revision, PlanContent approved, IndicatorCatalog catalog, CancellationToken cancellationToken)
    {
        var pk = IndicatorValue.PartitionFor(plan.DepartmentId, cycle.Period.Year);
        var key = new DocumentKey(pk, PlanTargetsApplied.IdFor(cycle.CycleId, revision));
        for (var attempt = 1; ; attempt++)
        {
            if (await store.ReadAsync<PlanTargetsApplied>(StorageContainers.Indicators, key, cancellationToken) is not null)
            {
                return false;
            }

            var existing = await reader.TargetsAsync(pk, cancellationToken);
            var approvedBy = cycle.DecidedBy ?? plan.UpdatedBy ?? "plan";
            var now = clock.UtcNow;
            var result = PlanTargets.Apply(plan, cycle.Period, revision, approved, catalog, [.. existing.Select(t => t.Value)], approvedBy, now);
            var operations = TargetWrites.Of(result.Put, result.Remove, existing);
            var record = result.Record;
            var audit = AuditTrail.Once(nameof(PlanTargetsApplied), key.Id, "targets-from-plan", approvedBy, now, new Dictionary<string, string>
            {
                ["plan"] = $"{cycle.CycleId}:{plan.DocumentId}",
                ["revision"] = revision.ToString(CultureInfo.InvariantCulture),
                ["applied"] = string.Join(',', result.Put.Where(t => t.Source == TargetSource.Plan).Select(t => $"{t.IndicatorId}:{t.Period}={t.Value.ToString(CultureInfo.InvariantCulture)}")),
                ["keptEntered"] = string.Join(',', record.KeptEntered),
                ["removed"] = string.Join(',', result.Remove.Select(t => $"{t.IndicatorId}:{t.Period}")),
                ["skipped"] = string.Join(',', record.Skipped.Select(s => s.Metric)),
            });
            try
            {
                await writer.CommitAsync(new Change<PlanTargetsApplied>(StorageContainers.Indicators, key, record, null) { Audit = audit, Also = operations }, cancellationToken);
                logger.PlanTargetsApplied(cycle.CycleId, plan.DepartmentId, revision, record.Applied.Count, record.KeptEntered.Count, record.Skipped.Count);
                return true;
            }
            catch (DocumentConflictException)
            {
                // Another run projected this revision first.
                return false;
            }
            catch (BatchFailedException) when (attempt < Attempts)
            {
                // A target changed (someone entered one) since it was read: read again and re-judge.
            }
        }
    }
}
