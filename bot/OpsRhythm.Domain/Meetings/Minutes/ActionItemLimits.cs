namespace OpsRhythm.Domain.Meetings.Minutes;

/// <summary>Server-side limits of the minutes' free texts; the cards' maxLength reads the same constants.</summary>
public static class ActionItemLimits
{
    public const int Text = 300;

    public const int Decision = 1000;

    public const int Note = 1000;

    /// <summary>How far ahead a deadline may be set.</summary>
    public const int MaxDaysAhead = 366;
}
