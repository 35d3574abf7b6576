namespace OpsRhythm.Domain.Workflow;

/// <summary>
/// The dates a person may enter: from a year before the organisation's today to five years after it.
/// Anything outside is a typo or an attack (9999-12-30 overflowed date arithmetic; 0001-01-01 and a
/// plan cycle for 2999 were stored), refused next to its field.
/// </summary>
public static class DateBounds
{
    public const int YearsBack = 1;
    public const int YearsAhead = 5;

    /// <summary>The text key of the refusal ("Between {0} and {1}"), in the Common area.</summary>
    public const string OutOfRangeKey = "Common.Error.DateRange";

    public static DateOnly Earliest(DateOnly today) => today.AddYears(-YearsBack);

    public static DateOnly Latest(DateOnly today) => today.AddYears(YearsAhead);

    public static bool Contains(DateOnly today, DateOnly date) => date >= Earliest(today) && date <= Latest(today);

    /// <summary>
    /// The refusal for a date outside the range, or from <paramref name="earliest"/> when the field allows no
    /// past dates. The bounds stay dates: the card shows them in the reader's format (Localizer.Format).
    /// </summary>
    public static FieldError OutOfRange(DateOnly today, DateOnly? earliest = null) =>
        new(OutOfRangeKey, earliest ?? Earliest(today), Latest(today));
}
