using System.Globalization;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Domain.Meetings;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Bot.Meetings;

/// <summary>The weekly meeting card's day, time ("HH:mm") and duration (minutes) read into the slot to schedule, or errors beside those fields.</summary>
internal static class WeeklyMeetingInput
{
    public static CommandRead<ScheduleWeeklyMeeting> Schedule(CardTurn card)
    {
        return Parse(card.Value(MeetingFields.Day), card.Value(MeetingFields.Time), card.Value(MeetingFields.Duration));
    }

    public static CommandRead<ScheduleWeeklyMeeting> Parse(string? day, string? time, string? duration)
    {
        var errors = new Dictionary<string, FieldError>(StringComparer.Ordinal);
        // A number is a valid enum text ("5") but not a day the card offers.
        if (!Enum.TryParse<DayOfWeek>(day, ignoreCase: true, out var weekday) || !Enum.IsDefined(weekday) || int.TryParse(day, out _))
        {
            errors[MeetingFields.Day] = new FieldError("Meetings.Validation.Day");
        }

        if (!TimeOnly.TryParseExact(time, ["HH:mm", "H:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var start))
        {
            errors[MeetingFields.Time] = new FieldError("Meetings.Validation.Time");
        }

        if (!int.TryParse(duration, NumberStyles.Integer, CultureInfo.InvariantCulture, out var minutes)
            || minutes is < WeeklySlot.MinDurationMinutes or > WeeklySlot.MaxDurationMinutes)
        {
            errors[MeetingFields.Duration] = new FieldError("Meetings.Validation.Duration", WeeklySlot.MinDurationMinutes, WeeklySlot.MaxDurationMinutes);
        }

        return errors.Count == 0 ? CommandRead.Ok(new ScheduleWeeklyMeeting(new WeeklySlot(weekday, start, minutes))) : CommandRead.Errors<ScheduleWeeklyMeeting>(errors);
    }
}
