namespace OpsRhythm.Domain.Planning;

/// <summary>Everything a person can do to plans; <see cref="PlanningRules"/> says which roles may do each.</summary>
public enum PlanAction
{
    OpenCycle,
    EditDraft,
    Submit,
    Return,
    Accept,
    Consolidate,
    RequestApproval,
    Approve,
    SendBack,
    Publish,
    RequestAdjustment,
    UpdateTask,
    ViewProgress,
}
