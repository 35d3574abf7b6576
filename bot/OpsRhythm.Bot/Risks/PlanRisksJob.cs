using Microsoft.Extensions.Options;
using OpsRhythm.Bot.Scheduling;
using OpsRhythm.Domain.Planning;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Risks;

/// <summary>
/// The retry of <see cref="PlanRisksToRegister"/>: registers whatever a crash or a conflict left out after an
/// approval. Cycles are few (about 17 a year), so the sweep is two cross-partition queries and a point read per plan risk.
/// </summary>
internal sealed class PlanRisksJob(IDocumentStore store, PlanRisksToRegister register, IOptions<RisksOptions> options, ILogger<PlanRisksJob> logger) : IScheduledJob
{
    public string Name => "plan-risks";

    public string CronExpression => options.Value.PlanRisksCron;

    public async Task RunAsync(DateTimeOffset occurrence, CancellationToken cancellationToken)
    {
        foreach (var state in new[] { PlanCycleState.Approved, PlanCycleState.Published })
        {
            var cycles = new List<string>();
            await foreach (var cycle in store.QueryAcrossPartitionsAsync<PlanCycle>(StorageContainers.Plans, DocumentQuery.Of<PlanCycle>().Where("state", state), cancellationToken))
            {
                cycles.Add(cycle.Value.CycleId);
            }

            foreach (var cycleId in cycles)
            {
                try
                {
                    await register.RegisterCycleAsync(cycleId, cancellationToken);
                }
                catch (DocumentStoreException e)
                {
                    logger.PlanRisksDeferred(cycleId, e);
                }
            }
        }
    }
}
