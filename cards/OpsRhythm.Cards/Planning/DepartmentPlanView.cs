using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Planning;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Cards.Planning;

/// <summary>
/// Everything a department plan card is drawn from: the plan at a version (ETag), its cycle, who looks
/// at it (null for channel posts: no buttons), and what to say on top.
/// </summary>
public sealed record DepartmentPlanView(PlanCycle Cycle, DepartmentPlan Plan, string ETag, OrganisationProfile Organisation)
{
    public PlanActor? Viewer { get; init; }

    public string? Notice { get; init; }

    /// <summary>The last refused command, whose field errors are drawn beside their sections.</summary>
    public Rejection? Rejection { get; init; }

    /// <summary>The annual targets a quarterly plan is drafted from; empty when there is no approved annual plan.</summary>
    public IReadOnlyList<PlanTarget> AnnualTargets { get; init; } = [];

    /// <summary>Completion of the department's previous plan of this kind, the "actuals so far".</summary>
    public int? PreviousCompletionPercent { get; init; }

    public string EntityId => PlanVerbs.PlanEntityId(Cycle.CycleId, Plan.DepartmentId);

    public bool ViewerIsHead => Viewer?.Heads(Plan.DepartmentId) == true;

    public bool ViewerIsOps => Viewer?.Has(Role.OpsOffice) == true;

    public bool IsEditable => PlanCycleMachine.AcceptsPlanChanges(Cycle.State)
        && Plan.State is DepartmentPlanState.NotStarted or DepartmentPlanState.Draft or DepartmentPlanState.Returned;

    public bool IsReviewable => PlanCycleMachine.AcceptsPlanChanges(Cycle.State)
        && Plan.State is DepartmentPlanState.Submitted or DepartmentPlanState.Accepted;
}
