namespace OpsRhythm.Domain.Indicators;

/// <summary>What the daily follow-up job does with an action today.</summary>
public enum FollowUp
{
    Nothing,
    RemindOwner,
    Escalate,
}
