namespace OpsRhythm.Domain.Meetings.Minutes;

public enum ActionItemState
{
    Open,
    Closed,
}
