namespace OpsRhythm.Domain.Meetings;

/// <summary>When a person works, in their own time zone (Outlook's working hours, or the organisation's default).</summary>
public sealed record WorkingHours(IReadOnlyList<DayOfWeek> Days, TimeOnly Start, TimeOnly End, TimeZoneInfo Zone)
{
    /// <summary>Monday to Friday, 09:00-18:00, the organisation's common hours.</summary>
    public static WorkingHours OfficeHours(TimeZoneInfo zone) =>
        new([DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday], new TimeOnly(9, 0), new TimeOnly(18, 0), zone);

    /// <summary>True when the whole of <paramref name="range"/> falls within one working day in this zone.</summary>
    public bool Contains(TimeRange range)
    {
        var start = TimeZoneInfo.ConvertTime(range.Start, Zone);
        var end = TimeZoneInfo.ConvertTime(range.End, Zone);
        return start.Date == end.AddTicks(-1).Date
            && Days.Contains(start.DayOfWeek)
            && TimeOnly.FromDateTime(start.DateTime) >= Start
            && TimeOnly.FromTimeSpan(end.TimeOfDay) <= End
            && end.TimeOfDay != TimeSpan.Zero;
    }
}
