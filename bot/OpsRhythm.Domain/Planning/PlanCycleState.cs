namespace OpsRhythm.Domain.Planning;

/// <summary>Where a cycle stands. Leadership sending the company draft back gives <see cref="ReturnedToOps"/>.</summary>
public enum PlanCycleState
{
    /// <summary>Department heads draft and submit; the ops office returns or accepts each plan.</summary>
    Open,

    /// <summary>All plans accepted; the ops office balances the company draft (conflicts, totals).</summary>
    Consolidating,

    /// <summary>The company draft waits for the approvers' decision.</summary>
    AwaitingApproval,

    /// <summary>The approvers sent the company draft back to the ops office with a comment.</summary>
    ReturnedToOps,

    Approved,

    /// <summary>Issued to every department (channels) and announced to the company.</summary>
    Published,
}
