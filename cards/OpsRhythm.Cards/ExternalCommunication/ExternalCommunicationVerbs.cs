namespace OpsRhythm.Cards.ExternalCommunication;

/// <summary>The verbs of the external follow-up cards' buttons.</summary>
public static class ExternalCommunicationVerbs
{
    public const string Record = "extcomm.record";
    public const string Done = "extcomm.done";
    public const string Reschedule = "extcomm.reschedule";

    /// <summary>The record form for the list's department (view only).</summary>
    public const string Form = "extcomm.form";
}
