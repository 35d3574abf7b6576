namespace OpsRhythm.Cards.Meetings;

/// <summary>The meetings cards' verbs: the weekly operations meeting (one entity) and coordination meetings (entity = meeting id).</summary>
public static class MeetingVerbs
{
    public const string Schedule = "meeting.schedule";
    public const string Cancel = "meeting.cancel";
    public const string Digest = "meeting.digest";
    public const string CoordinationForm = "coord.form";
    public const string Propose = "coord.propose";
    public const string Pick = "coord.pick";
}
