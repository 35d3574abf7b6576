namespace OpsRhythm.Domain.ExternalCommunication;

public enum ExternalFollowUpState
{
    Open,
    Done,
}
