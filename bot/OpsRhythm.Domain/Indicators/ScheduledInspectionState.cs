namespace OpsRhythm.Domain.Indicators;

public enum ScheduledInspectionState
{
    /// <summary>Its day has not come yet.</summary>
    Planned,

    /// <summary>Its day came: the inspector and the department's head were told, and the next one (if regular) planned.</summary>
    Due,
}
