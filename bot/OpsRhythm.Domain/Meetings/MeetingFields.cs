namespace OpsRhythm.Domain.Meetings;

/// <summary>
/// The input ids of the meetings cards, shared by the cards (inputs), the handlers (reading them) and the
/// machines (errors), so each error lands under its field.
/// </summary>
public static class MeetingFields
{
    /// <summary>The weekly meeting's weekday (a <see cref="DayOfWeek"/> name).</summary>
    public const string Day = "day";

    /// <summary>The weekly meeting's local start, "HH:mm".</summary>
    public const string Time = "time";

    /// <summary>Minutes, on both the weekly meeting and the coordination request.</summary>
    public const string Duration = "duration";

    public const string Topic = "topic";

    /// <summary>Person ids, comma-separated (a multi-select).</summary>
    public const string People = "people";

    /// <summary>Department ids, comma-separated (a multi-select): their heads are invited.</summary>
    public const string Departments = "departments";

    /// <summary>The first and last local dates to look in, "yyyy-MM-dd".</summary>
    public const string From = "from";

    public const string To = "to";

    /// <summary>The index of the proposed slot a pick button posts.</summary>
    public const string Slot = "slot";
}
