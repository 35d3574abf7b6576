namespace OpsRhythm.Domain.Planning;

public enum PlanTaskStatus
{
    NotStarted,
    InProgress,
    Done,
    Blocked,
}
