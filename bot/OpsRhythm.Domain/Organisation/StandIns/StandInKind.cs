namespace OpsRhythm.Domain.Organisation.StandIns;

/// <summary>What a stand-in (代理人) may do for whom.</summary>
public enum StandInKind
{
    /// <summary>Drafts, submits and updates a department's plan while its head is away (部门代理人).</summary>
    Department,

    /// <summary>Approves or sends back company plans for an approver (审批代理).</summary>
    Approval,
}
