using OpsRhythm.Domain.Planning;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Planning;

/// <summary>
/// Reads of the plans container. A cycle's partition (pk = cycle id) holds the cycle, its department
/// plans and the company plan, so every read on a user's turn is a point read or one partition query.
/// </summary>
internal sealed class PlanDocuments(IDocumentStore store)
{
    public const string Container = StorageContainers.Plans;

    public static DocumentKey CycleKey(string cycleId) => new(cycleId, PlanCycle.DocumentId);

    public static DocumentKey PlanKey(string cycleId, string departmentId) => new(cycleId, DepartmentPlan.DocumentIdFor(departmentId));

    public static DocumentKey CompanyKey(string cycleId) => new(cycleId, CompanyPlan.DocumentId);

    public static DocumentKey SubmissionFollowUpKey(string cycleId, string departmentId) => new(cycleId, SubmissionFollowUp.DocumentIdFor(departmentId));

    public Task<StoredDocument<PlanCycle>?> CycleAsync(string cycleId, CancellationToken cancellationToken) =>
        store.ReadAsync<PlanCycle>(Container, CycleKey(cycleId), cancellationToken);

    public Task<StoredDocument<DepartmentPlan>?> PlanAsync(string cycleId, string departmentId, CancellationToken cancellationToken) =>
        store.ReadAsync<DepartmentPlan>(Container, PlanKey(cycleId, departmentId), cancellationToken);

    public static DocumentKey TaskOverdueKey(string cycleId, string departmentId) => new(cycleId, TaskOverdueRecord.DocumentIdFor(departmentId));

    public Task<StoredDocument<TaskOverdueRecord>?> TaskOverdueAsync(string cycleId, string departmentId, CancellationToken cancellationToken) =>
        store.ReadAsync<TaskOverdueRecord>(Container, TaskOverdueKey(cycleId, departmentId), cancellationToken);

    public Task<StoredDocument<CompanyPlan>?> CompanyAsync(string cycleId, CancellationToken cancellationToken) =>
        store.ReadAsync<CompanyPlan>(Container, CompanyKey(cycleId), cancellationToken);

    public async Task<IReadOnlyList<StoredDocument<DepartmentPlan>>> PlansAsync(string cycleId, CancellationToken cancellationToken)
    {
        var plans = new List<StoredDocument<DepartmentPlan>>();
        await foreach (var plan in store.QueryAsync<DepartmentPlan>(Container, cycleId, DocumentQuery.Of<DepartmentPlan>(), cancellationToken))
        {
            plans.Add(plan);
        }

        return plans;
    }

    /// <summary>The late-submission follow-ups of a cycle (one partition query).</summary>
    public async Task<IReadOnlyList<StoredDocument<SubmissionFollowUp>>> SubmissionFollowUpsAsync(string cycleId, CancellationToken cancellationToken)
    {
        var found = new List<StoredDocument<SubmissionFollowUp>>();
        await foreach (var followUp in store.QueryAsync<SubmissionFollowUp>(Container, cycleId, DocumentQuery.Of<SubmissionFollowUp>(), cancellationToken))
        {
            found.Add(followUp);
        }

        return found;
    }

    /// <summary>
    /// The cycle a "monthly plan" / "季度计划" message means: the next period's while it is being
    /// planned (drafted at the end of the current one), else the current period's.
    /// </summary>
    public async Task<StoredDocument<PlanCycle>?> CurrentAsync(PlanKind kind, DateOnly today, CancellationToken cancellationToken)
    {
        var next = await CycleAsync(PlanCycle.IdFor(PlanPeriod.NextAfter(kind, today)), cancellationToken);
        return next ?? await CycleAsync(PlanCycle.IdFor(PeriodContaining(kind, today)), cancellationToken);
    }

    public static PlanPeriod PeriodContaining(PlanKind kind, DateOnly today) => kind switch
    {
        PlanKind.Annual => PlanPeriod.Annual(today.Year),
        PlanKind.Quarterly => PlanPeriod.Quarterly(today.Year, ((today.Month - 1) / 3) + 1),
        _ => PlanPeriod.Monthly(today.Year, today.Month),
    };
}
