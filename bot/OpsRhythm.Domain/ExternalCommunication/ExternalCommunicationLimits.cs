namespace OpsRhythm.Domain.ExternalCommunication;

/// <summary>Server-side text limits, stated by the cards as maxLength from the same constants.</summary>
public static class ExternalCommunicationLimits
{
    public const int Counterpart = 100;
    public const int Note = 1000;
    public const int Outcome = 500;
}
