namespace OpsRhythm.Bot.Planning;

/// <summary>
/// Told after a cycle's approval has committed, so other areas can react (indicator targets from the
/// plans). A listener must not fail the approval: the approval is already stored, and whatever the
/// listener does must also be reached by a retry of its own (a job).
/// </summary>
internal interface IPlanApprovedListener
{
    Task PlanApprovedAsync(string cycleId, CancellationToken cancellationToken);
}
