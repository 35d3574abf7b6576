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

    /// <summary>The error under <see cref="MeetingFields.Slot"/>: no such slot, or it has begun.</summary>
    public const string SlotError = "Meetings.Validation.Slot";

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
            errors[MeetingFields.Topic] = new FieldError("Meetings.Validation.Topic", MaxTopicLength);
        }

        var people = request.PersonIds.Where(id => organisation.FindPerson(id) is not null);
        var heads = request.DepartmentIds.Select(organisation.HeadOf).OfType<Person>().Select(p => p.Id);
        var participants = people.Concat(heads).Where(id => id != requester.Id).Distinct(StringComparer.Ordinal).ToList();
        if (participants.Count == 0)
        {
            errors[MeetingFields.People] = new FieldError("Meetings.Validation.Participants");
        }

        var minutes = request.DurationMinutes ?? 0;
        if (minutes is < MinDurationMinutes or > MaxDurationMinutes)
        {
            errors[MeetingFields.Duration] = new FieldError("Meetings.Validation.Duration", MinDurationMinutes, MaxDurationMinutes);
        }

        var from = request.From ?? today;
        if (from > DateBounds.Latest(today))
        {
            // Checked before any date arithmetic: 9999-12-30 plus the default window overflowed.
            errors[MeetingFields.From] = DateBounds.OutOfRange(today, today);
            return (null, errors);
        }

        var to = request.To ?? from.AddDays(4);
        if (from < today)
        {
            errors[MeetingFields.From] = new FieldError("Meetings.Validation.FromPast");
        }
        else if (to < from || to.DayNumber - from.DayNumber >= MaxWindowDays)
        {
            errors[MeetingFields.To] = new FieldError("Meetings.Validation.Window", MaxWindowDays);
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
            return Decision.Reject<CoordinationMeeting>(Rejection.Invalid(new Dictionary<string, FieldError> { [MeetingFields.To] = new("Meetings.Validation.NoSlots") }));
        }

        var meeting = new CoordinationMeeting(id, ask.Topic, requester.Id, ask.ParticipantPersonIds, ask.DurationMinutes)
        {
            ProposedSlots = slots,
            SlotsFromCalendars = fromCalendars,
            CreatedAt = now,
        };
        return Decision.Accept(meeting, new WorkflowEvent("requested") { Details = new Dictionary<string, string> { ["participants"] = string.Join(',', ask.ParticipantPersonIds) } });
    }

    /// <summary>Only the requester picks, or the ops office on their behalf: null when <paramref name="actor"/> may.</summary>
    public static Rejection? MayPick(CoordinationMeeting current, Person actor)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(actor);
        return actor.Id == current.RequesterPersonId || actor.Has(Role.OpsOffice) ? null : Rejection.RoleNotAllowed(PickRoles);
    }

    /// <summary>The requester (or the ops office) picks one of the proposed slots, which must still lie ahead.</summary>
    public static Decision<CoordinationMeeting> Pick(CoordinationMeeting current, Person actor, PickSlot command, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (MayPick(current, actor) is { } refused)
        {
            return Decision.Reject<CoordinationMeeting>(refused);
        }

        if (current.State != MeetingState.Proposed)
        {
            return Decision.Reject<CoordinationMeeting>(Rejection.WrongState);
        }

        var index = command.Index;
        if (index < 0 || index >= current.ProposedSlots.Count || current.ProposedSlots[index].Start <= now)
        {
            return Decision.Reject<CoordinationMeeting>(Rejection.Invalid(new Dictionary<string, FieldError> { [MeetingFields.Slot] = new(SlotError) }));
        }

        var chosen = current.ProposedSlots[index];
        return Decision.Accept(
            current with { State = MeetingState.Scheduled, Chosen = chosen },
            new WorkflowEvent("scheduled") { Details = new Dictionary<string, string> { ["start"] = chosen.Start.UtcDateTime.ToString("o", CultureInfo.InvariantCulture) } });
    }
}
