using System.Globalization;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Time;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Domain.Meetings;

/// <summary>
/// The weekly operations meeting's rules: only the ops office schedules, moves or cancels it; its
/// attendees are the department heads and the ops office, and follow the organisation's changes.
/// </summary>
public static class WeeklyMeetingMachine
{
    public const Role ManageRoles = Role.OpsOffice;

    /// <summary>Reads the card's day, time ("HH:mm") and duration (minutes); errors keyed by input id.</summary>
    public static (WeeklySlot? Slot, Dictionary<string, FieldError> Errors) ParseSlot(string? day, string? time, string? duration)
    {
        var errors = new Dictionary<string, FieldError>();
        var dayOk = Enum.TryParse<DayOfWeek>(day, ignoreCase: true, out var weekday) && Enum.IsDefined(weekday) && !int.TryParse(day, out _);
        if (!dayOk)
        {
            errors["day"] = new FieldError("Meetings.Validation.Day");
        }

        var timeOk = TimeOnly.TryParseExact(time, ["HH:mm", "H:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var start);
        if (!timeOk)
        {
            errors["time"] = new FieldError("Meetings.Validation.Time");
        }

        var durationOk = int.TryParse(duration, NumberStyles.Integer, CultureInfo.InvariantCulture, out var minutes)
            && minutes is >= WeeklySlot.MinDurationMinutes and <= WeeklySlot.MaxDurationMinutes;
        if (!durationOk)
        {
            errors["duration"] = new FieldError("Meetings.Validation.Duration", WeeklySlot.MinDurationMinutes, WeeklySlot.MaxDurationMinutes);
        }

        return errors.Count == 0 ? (new WeeklySlot(weekday, start, minutes), errors) : (null, errors);
    }

    /// <summary>Creates the meeting, re-creates a cancelled one, or moves it to another day or time.</summary>
    public static Decision<WeeklyMeeting> Schedule(WeeklyMeeting? current, Person actor, OrganisationProfile organisation, WeeklySlot slot, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(slot);
        if (!actor.Has(Role.OpsOffice))
        {
            return Decision.Reject<WeeklyMeeting>(Rejection.RoleNotAllowed(ManageRoles));
        }

        var attendees = Attendees(organisation);
        if (current is null || current.State == MeetingState.Cancelled)
        {
            var created = new WeeklyMeeting(slot, organisation.TimeZone, attendees)
            {
                FirstDate = FirstDate(slot, organisation.TimeZone, now),
                Revision = (current?.Revision ?? 0) + 1,
                UpdatedBy = actor.Id,
                UpdatedAt = now,
            };
            return Decision.Accept(created, new WorkflowEvent("scheduled") { Details = Describe(slot) });
        }

        if (current.Slot == slot)
        {
            return Decision.Reject<WeeklyMeeting>(Rejection.Invalid(new Dictionary<string, FieldError> { ["time"] = new("Meetings.Validation.Unchanged") }));
        }

        var moved = current with
        {
            Slot = slot,
            AttendeePersonIds = attendees,
            FirstDate = FirstDate(slot, current.TimeZone, now),
            Revision = current.Revision + 1,
            UpdatedBy = actor.Id,
            UpdatedAt = now,
        };
        return Decision.Accept(moved, new WorkflowEvent("moved") { Details = Describe(slot) });
    }

    public static Decision<WeeklyMeeting> Cancel(WeeklyMeeting current, Person actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.Has(Role.OpsOffice))
        {
            return Decision.Reject<WeeklyMeeting>(Rejection.RoleNotAllowed(ManageRoles));
        }

        return current.State == MeetingState.Scheduled
            ? Decision.Accept(current with { State = MeetingState.Cancelled, Revision = current.Revision + 1, UpdatedBy = actor.Id, UpdatedAt = now }, new WorkflowEvent("cancelled"))
            : Decision.Reject<WeeklyMeeting>(Rejection.WrongState);
    }

    /// <summary>
    /// The attendees after a change in the organisation (a new head, someone joining the ops office);
    /// null when nothing changed or the meeting is cancelled.
    /// </summary>
    public static Decision<WeeklyMeeting>? FollowOrganisation(WeeklyMeeting current, OrganisationProfile organisation, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(current);
        var attendees = Attendees(organisation);
        if (current.State != MeetingState.Scheduled || attendees.SequenceEqual(current.AttendeePersonIds))
        {
            return null;
        }

        var added = attendees.Except(current.AttendeePersonIds).ToList();
        var removed = current.AttendeePersonIds.Except(attendees).ToList();
        return Decision.Accept(
            current with { AttendeePersonIds = attendees, Revision = current.Revision + 1, UpdatedBy = null, UpdatedAt = now },
            new WorkflowEvent("attendees-updated")
            {
                Details = new Dictionary<string, string> { ["added"] = string.Join(',', added), ["removed"] = string.Join(',', removed) },
            });
    }

    /// <summary>Every department head and every member of the ops office, each once, in the organisation's order.</summary>
    public static IReadOnlyList<string> Attendees(OrganisationProfile organisation)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        var heads = organisation.Departments.Select(d => d.HeadPersonId).OfType<string>().Where(id => organisation.FindPerson(id) is not null);
        var ops = organisation.WithRole(Role.OpsOffice).Select(p => p.Id);
        return [.. heads.Concat(ops).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The first local date on or after today (in <paramref name="timeZone"/>) falling on the slot's weekday whose start is still ahead.</summary>
    private static DateOnly FirstDate(WeeklySlot slot, string timeZone, DateTimeOffset now)
    {
        var zone = OrganisationZones.Find(timeZone);
        var local = TimeZoneInfo.ConvertTime(now, zone);
        var day = DateOnly.FromDateTime(local.DateTime);
        while (day.DayOfWeek != slot.Day || day.ToDateTime(slot.Start) <= local.DateTime)
        {
            day = day.AddDays(1);
        }

        return day;
    }

    private static Dictionary<string, string> Describe(WeeklySlot slot) => new()
    {
        ["day"] = slot.Day.ToString(),
        ["time"] = slot.Start.ToString("HH:mm", CultureInfo.InvariantCulture),
        ["duration"] = slot.DurationMinutes.ToString(CultureInfo.InvariantCulture),
    };
}
