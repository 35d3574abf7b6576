namespace OpsRhythm.Domain.Improvement;

public enum SuggestionState
{
    Submitted,
    Accepted,
    Declined,
}
