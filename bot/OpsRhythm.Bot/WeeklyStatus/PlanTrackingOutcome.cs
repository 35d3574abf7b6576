namespace OpsRhythm.Bot.WeeklyStatus;

/// <summary>What a submitted status did to the monthly plan's tracking.</summary>
internal enum PlanTrackingOutcome
{
    /// <summary>No published monthly plan for the department, or no row of the status names a plan task.</summary>
    NoPlan,

    /// <summary>The plan already held what the status says.</summary>
    Unchanged,

    Updated,

    /// <summary>The plan's rules refused the update (only the department's head updates its plan's tasks).</summary>
    NotAllowed,

    /// <summary>The plan kept changing under us; the next status edit tries again.</summary>
    Conflict,
}
