using OpsRhythm.Domain.Planning;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Planning;

/// <summary>
/// The pipeline's load step for a cycle verb: reads the cycle with its version, and with it the department
/// plans and the company plan that consolidation, approval and publication decide on and write in the same
/// batch. Loaded again on a lost race.
/// </summary>
internal sealed class CycleLoad(PlanDocuments documents, string? cycleId)
{
    private IReadOnlyList<StoredDocument<DepartmentPlan>>? _plans;

    /// <summary>The department plans with their versions, as last loaded; only set once <see cref="LoadAsync"/> found the cycle.</summary>
    public IReadOnlyList<StoredDocument<DepartmentPlan>> Plans => _plans ?? throw new InvalidOperationException("The cycle has not been loaded.");

    public IReadOnlyList<DepartmentPlan> PlanValues => [.. Plans.Select(p => p.Value)];

    /// <summary>The company plan as stored (null before the first consolidation).</summary>
    public CompanyPlan? Company { get; private set; }

    public async Task<StoredDocument<PlanCycle>?> LoadAsync(CancellationToken cancellationToken)
    {
        if (cycleId is null || await documents.CycleAsync(cycleId, cancellationToken) is not { } cycle)
        {
            return null;
        }

        _plans = await documents.PlansAsync(cycleId, cancellationToken);
        Company = (await documents.CompanyAsync(cycleId, cancellationToken))?.Value;
        return cycle;
    }
}
