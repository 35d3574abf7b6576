namespace OpsRhythm.Domain.Meetings;

/// <summary>When the weekly operations meeting takes place: a weekday and local start time in the organisation's zone.</summary>
public sealed record WeeklySlot(DayOfWeek Day, TimeOnly Start, int DurationMinutes)
{
    public const int MinDurationMinutes = 15;
    public const int MaxDurationMinutes = 240;

    public TimeSpan Duration => TimeSpan.FromMinutes(DurationMinutes);
}
