using System.Globalization;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Domain.Meetings;

/// <summary>
/// Coordination meetings: anyone in the organisation asks (topic, people or departments, duration,
/// window); the bot proposes slots; only the requester (or the ops office on their behalf) picks one.
/// </summary>
public static class CoordinationMachine
{
    public const int MaxTopicLength = 200;
    public const int MinDurationMinutes = 15;
    public const int MaxDurationMinutes = 480;
    public const int MaxWindowDays = 14;
    public const Role PickRoles = Role.OpsOffice;

    /// <summary>Checks the request against the organisation; participants are the chosen people plus the chosen departments' heads, without the requester.</summary>
    public static (CoordinationAsk? Ask, Dictionary<string, FieldError> Errors) Validate(CoordinationRequest request, Person requester, OrganisationProfile organisation, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(requester);
        ArgumentNullException.ThrowIfNull(organisation);
        var errors = new Dictionary<string, FieldError>();
        var topic = request.Topic?.Trim() ?? string.Empty;
        if (topic.Length == 0 || topic.Length > MaxTopicLength)
        {
            errors["topic"] = new FieldError("Meetings.Validation.Topic", MaxTopicLength);
        }

        var people = Ids(request.People).Where(id => organisation.FindPerson(id) is not null);
        var heads = Ids(request.Departments).Select(organisation.HeadOf).OfType<Person>().Select(p => p.Id);
        var participants = people.Concat(heads).Where(id => id != requester.Id).Distinct(StringComparer.Ordinal).ToList();
        if (participants.Count == 0)
        {
            errors["people"] = new FieldError("Meetings.Validation.Participants");
        }

        if (!int.TryParse(request.Duration, NumberStyles.Integer, CultureInfo.InvariantCulture, out var minutes) || minutes is < MinDurationMinutes or > MaxDurationMinutes)
        {
            errors["duration"] = new FieldError("Meetings.Validation.Duration", MinDurationMinutes, MaxDurationMinutes);
        }

        var from = Date(request.From) ?? today;
        if (from > DateBounds.Latest(today))
        {
            // Checked before any date arithmetic: 9999-12-30 plus the default window overflowed.
            errors["from"] = DateBounds.OutOfRange(today, today);
            return (null, errors);
        }

        var to = Date(request.To) ?? from.AddDays(4);
        if (from < today)
        {
            errors["from"] = new FieldError("Meetings.Validation.FromPast");
        }
        else if (to < from || to.DayNumber - from.DayNumber >= MaxWindowDays)
        {
            errors["to"] = new FieldError("Meetings.Validation.Window", MaxWindowDays);
        }

        return errors.Count == 0 ? (new CoordinationAsk(topic, participants, minutes, from, to), errors) : (null, errors);
    }

    /// <summary>Records the request with the slots found; with none the requester is told to widen the window.</summary>
    public static Decision<CoordinationMeeting> Propose(string id, CoordinationAsk ask, Person requester, IReadOnlyList<TimeRange> slots, bool fromCalendars, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(ask);
        ArgumentNullException.ThrowIfNull(requester);
        ArgumentNullException.ThrowIfNull(slots);
        if (slots.Count == 0)
        {
            return Decision.Reject<CoordinationMeeting>(Rejection.Invalid(new Dictionary<string, FieldError> { ["to"] = new("Meetings.Validation.NoSlots") }));
        }

        var meeting = new CoordinationMeeting(id, ask.Topic, requester.Id, ask.ParticipantPersonIds, ask.DurationMinutes)
        {
            ProposedSlots = slots,
            SlotsFromCalendars = fromCalendars,
            CreatedAt = now,
        };
        return Decision.Accept(meeting, new WorkflowEvent("requested") { Details = new Dictionary<string, string> { ["participants"] = string.Join(',', ask.ParticipantPersonIds) } });
    }

    /// <summary>The requester (or the ops office) picks one of the proposed slots, which must still lie ahead.</summary>
    public static Decision<CoordinationMeeting> Pick(CoordinationMeeting current, Person actor, string? slotIndex, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.Id != current.RequesterPersonId && !actor.Has(Role.OpsOffice))
        {
            return Decision.Reject<CoordinationMeeting>(Rejection.RoleNotAllowed(PickRoles));
        }

        if (current.State != MeetingState.Proposed)
        {
            return Decision.Reject<CoordinationMeeting>(Rejection.WrongState);
        }

        if (!int.TryParse(slotIndex, NumberStyles.Integer, CultureInfo.InvariantCulture, out var index) || index < 0 || index >= current.ProposedSlots.Count
            || current.ProposedSlots[index].Start <= now)
        {
            return Decision.Reject<CoordinationMeeting>(Rejection.Invalid(new Dictionary<string, FieldError> { ["slot"] = new("Meetings.Validation.Slot") }));
        }

        var chosen = current.ProposedSlots[index];
        return Decision.Accept(
            current with { State = MeetingState.Scheduled, Chosen = chosen },
            new WorkflowEvent("scheduled") { Details = new Dictionary<string, string> { ["start"] = chosen.Start.UtcDateTime.ToString("o", CultureInfo.InvariantCulture) } });
    }

    private static string[] Ids(string? text) =>
        (text ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static DateOnly? Date(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
