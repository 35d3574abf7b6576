namespace OpsRhythm.Domain.Workflow;

/// <summary>Why a command was refused. Each has a text (Common.Rejection.*) in zh-CN and en-US.</summary>
public enum RejectionReason
{
    /// <summary>The actor lacks the role; the rejection names the roles that may act.</summary>
    RoleNotAllowed,

    /// <summary>The actor acts on another department's data.</summary>
    NotYourDepartment,

    /// <summary>The entity is not in a state where the command applies (e.g. approving a draft).</summary>
    WrongState,

    /// <summary>The card was drawn from an older version; the current card is shown instead.</summary>
    StaleVersion,

    /// <summary>Input failed validation; field errors accompany it.</summary>
    InvalidInput,

    NotFound,
}
