using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Planning;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Cards.Planning;

/// <summary>The company draft of a cycle as drawn for one viewer (null viewer: a channel post, no buttons).</summary>
public sealed record CompanyPlanView(PlanCycle Cycle, string CycleETag, CompanyPlan Company, OrganisationProfile Organisation)
{
    public PlanActor? Viewer { get; init; }

    /// <summary>The organisation's date, to mark plans past the due date and not submitted as overdue; null draws no marks.</summary>
    public DateOnly? Today { get; init; }

    public string? Notice { get; init; }

    public Rejection? Rejection { get; init; }

    public bool ViewerMayApprove => Viewer is not null && PlanningRules.May(Viewer, PlanAction.Approve, Cycle.Kind);

    public bool ViewerIsOps => Viewer?.Has(Role.OpsOffice) == true;
}
