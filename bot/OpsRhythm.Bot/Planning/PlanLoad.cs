using OpsRhythm.Domain.Planning;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Planning;

/// <summary>
/// The pipeline's load step for a department plan: reads the plan with its version and keeps the cycle
/// it belongs to, which the Domain's decision and the card both need. Loaded again on a lost race.
/// </summary>
internal sealed class PlanLoad(PlanWorkflow workflow, string? entityId)
{
    private PlanContext? _context;

    /// <summary>The plan and cycle as last loaded; only set once <see cref="LoadAsync"/> found the plan.</summary>
    public PlanContext Context => _context ?? throw new InvalidOperationException("The plan has not been loaded.");

    public PlanCycle Cycle => Context.Cycle.Value;

    public async Task<StoredDocument<DepartmentPlan>?> LoadAsync(CancellationToken cancellationToken)
    {
        _context = await workflow.LoadPlanAsync(entityId, cancellationToken);
        return _context?.Plan;
    }
}
