using OpsRhythm.Domain.Organisation;

namespace OpsRhythm.Domain.Planning;

/// <summary>
/// The role × action matrix of the policy. Department heads act only on their own department's plan
/// (checked by the state machine on top of the role).
/// </summary>
public static class PlanningRules
{
    public static Role AllowedRoles(PlanAction action, PlanKind kind) => action switch
    {
        // Leadership issues the annual guidelines; the ops office runs the quarterly and monthly rounds.
        PlanAction.OpenCycle => kind == PlanKind.Annual ? Role.Leadership | Role.OpsOffice : Role.OpsOffice,
        PlanAction.EditDraft or PlanAction.Submit or PlanAction.RequestAdjustment or PlanAction.UpdateTask => Role.DepartmentHead,
        PlanAction.Return or PlanAction.Accept or PlanAction.Consolidate or PlanAction.RequestApproval => Role.OpsOffice,

        // the ops office itself checks and publishes the monthly plan; annual and quarterly need management.
        PlanAction.Approve or PlanAction.SendBack => Approvers(kind),
        PlanAction.Publish => Role.OpsOffice | Role.Leadership,
        PlanAction.ViewProgress => Role.OpsOffice | Role.Leadership,
        _ => Role.None,
    };

    public static Role Approvers(PlanKind kind) => kind == PlanKind.Monthly ? Role.OpsOffice | Role.Leadership : Role.Leadership;

    /// <summary>Adjustments apply to approved annual and quarterly plans; a month is simply planned again.</summary>
    public static bool AllowsAdjustment(PlanKind kind) => kind != PlanKind.Monthly;

    public static bool IsDepartmentAction(PlanAction action) =>
        action is PlanAction.EditDraft or PlanAction.Submit or PlanAction.RequestAdjustment or PlanAction.UpdateTask;

    public static bool May(PlanActor actor, PlanAction action, PlanKind kind)
    {
        ArgumentNullException.ThrowIfNull(actor);
        // An approval delegate's borrowed roles count for approving and sending back, nothing else (not publishing).
        return actor.Has(AllowedRoles(action, kind))
            || (action is PlanAction.Approve or PlanAction.SendBack && (actor.ApprovalRoles & Approvers(kind)) != Role.None);
    }
}
