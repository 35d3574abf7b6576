namespace OpsRhythm.Domain.Meetings.Minutes;

/// <summary>Which meeting an occurrence's minutes belong to.</summary>
public enum MeetingKind
{
    /// <summary>The weekly operations meeting (周运营例会).</summary>
    Weekly,

    /// <summary>A cross-department coordination meeting (跨部门协调会).</summary>
    Coordination,

    /// <summary>Any other Teams meeting or chat the app was added to (an action item taken from a message).</summary>
    Other,
}
