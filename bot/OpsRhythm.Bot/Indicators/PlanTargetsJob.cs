using OpsRhythm.Bot.Scheduling;
using OpsRhythm.Domain.Planning;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Indicators;

/// <summary>
/// The retry of the plan-target projection: finds the approved and published cycles and projects any
/// approved plan revision that has no <see cref="Domain.Indicators.PlanTargetsApplied"/> record yet.
/// Cycles are few (about 17 a year), so the sweep is two cross-partition queries and a point read per plan.
/// </summary>
internal sealed class PlanTargetsJob(IDocumentStore store, PlanTargetProjector projector, IConfiguration configuration, ILogger<PlanTargetsJob> logger) : IScheduledJob
{
    public string Name => "plan-targets";

    public string CronExpression => configuration["Indicators:PlanTargetsCron"] ?? "*/15 * * * *";

    public async Task RunAsync(DateTimeOffset occurrence, CancellationToken cancellationToken)
    {
        foreach (var state in new[] { PlanCycleState.Approved, PlanCycleState.Published })
        {
            var query = DocumentQuery.Of<PlanCycle>().Where("state", state);
            var cycles = new List<string>();
            await foreach (var cycle in store.QueryAcrossPartitionsAsync<PlanCycle>(StorageContainers.Plans, query, cancellationToken))
            {
                cycles.Add(cycle.Value.CycleId);
            }

            foreach (var cycleId in cycles)
            {
                try
                {
                    await projector.ProjectCycleAsync(cycleId, cancellationToken);
                }
                catch (DocumentStoreException e)
                {
                    // One cycle's targets kept changing under it: the others still go, it is retried next run.
                    logger.PlanTargetsDeferred(cycleId, e);
                }
            }
        }
    }
}
