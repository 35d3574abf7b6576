using OpsRhythm.Bot.Delivery;
using OpsRhythm.Bot.Graph;
using OpsRhythm.Bot.Persistence;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Meetings;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Meetings;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Time;
using OpsRhythm.Domain.Workflow;
using OpsRhythm.Protocol.Activities;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Meetings;

/// <summary>
/// The weekly meeting card's buttons. Schedule/move and cancel: ops office only, from the version the
/// card was drawn from; the calendar is changed first (a failure changes nothing and is said on the card),
/// then the meeting, its audit event and the ops channel's notice are written in one batch. When that write
/// loses a race, the calendar is put back to what the store holds, as the coordination pick does.
/// </summary>
public sealed class WeeklyMeetingHandler(MeetingDocuments documents, IMeetingCalendar calendar, ChangeWriter writer, OrganisationClock clock, ILogger<WeeklyMeetingHandler> logger) : ICardActionHandler
{
    public IReadOnlyDictionary<string, VerbAccess> Access { get; } = new Dictionary<string, VerbAccess>(StringComparer.Ordinal)
    {
        [MeetingVerbs.Schedule] = VerbAccess.Company(WeeklyMeetingMachine.ManageRoles),
        [MeetingVerbs.Cancel] = VerbAccess.Company(WeeklyMeetingMachine.ManageRoles),
    };

    public async Task<CardActionResult> HandleAsync(CardTurn card, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(card);
        var (turn, request) = (card.Turn, card.Request);
        var actor = card.Actor;
        if (!actor.Has(Role.OpsOffice))
        {
            return CardAnswers.Forbidden(turn, Rejection.RoleNotAllowed(WeeklyMeetingMachine.ManageRoles));
        }

        var current = await documents.WeeklyAsync(cancellationToken);
        if (current is not null && request.Version != current.ETag)
        {
            return Card(turn, current, actor, notice: turn.Text["Common.Rejection.StaleVersion"]);
        }

        return request.Verb == MeetingVerbs.Cancel
            ? await CancelAsync(turn, actor, current, cancellationToken)
            : await ScheduleAsync(turn, actor, current, request, cancellationToken);
    }

    private async Task<CardActionResult> ScheduleAsync(Turn turn, Person actor, StoredDocument<WeeklyMeeting>? current, CardActionRequest request, CancellationToken cancellationToken)
    {
        var (slot, errors) = WeeklyMeetingMachine.ParseSlot(request.Value("day"), request.Value("time"), request.Value("duration"));
        var now = clock.UtcNow;
        var decision = slot is null
            ? Decision.Reject<WeeklyMeeting>(Rejection.Invalid(errors))
            : WeeklyMeetingMachine.Schedule(current?.Value, actor, turn.Organisation, slot, now);
        if (!decision.IsAccepted)
        {
            return Card(turn, current, actor, rejection: decision.Rejection, typed: request.Data);
        }

        var meeting = decision.State!;
        var plan = MeetingPlans.Weekly(meeting, turn.Organisation);
        var previous = current?.Value;
        var moving = previous is { State: MeetingState.Scheduled } && MeetingPlans.IsInCalendar(previous.EventId) == calendar.CreatesTeamsMeetings;
        CalendarMeeting inCalendar;
        try
        {
            inCalendar = moving
                ? await calendar.UpdateAsync(previous!.EventId!, plan, cancellationToken)
                : await calendar.CreateAsync(plan, cancellationToken);
        }
        catch (Exception failure) when (CalendarFailure.IsCalendarFailure(failure))
        {
            logger.CalendarFailed(moving ? "move" : "create", failure);
            return Card(turn, current, actor, error: CalendarFailure.Describe(failure, turn.Text), typed: request.Data);
        }

        // A PATCH answers the whole event, but keep the link we had if the answer leaves it out.
        meeting = meeting with { EventId = inCalendar.EventId, JoinUrl = inCalendar.JoinUrl ?? (moving ? previous!.JoinUrl : null) };
        var moved = decision.Events[0].Action == "moved";
        var noticeKey = moved ? "Meetings.Notice.Moved" : "Meetings.Notice.Scheduled";
        var stored = await CommitAsync(turn, actor, current, meeting, decision.Events, noticeKey, cancellationToken);
        if (stored is not null)
        {
            return Card(turn, stored, actor, notice: turn.Text[moved ? "Meetings.Weekly.Moved" : "Meetings.Weekly.Scheduled"]);
        }

        // Someone else changed the meeting first: the calendar is put back to what the store now says.
        var latest = await documents.WeeklyAsync(CancellationToken.None);
        if (moving)
        {
            await UndoMoveAsync(previous!.EventId!, latest, turn.Organisation);
        }
        else
        {
            await CompensateAsync(inCalendar.EventId);
        }

        return Card(turn, latest, actor, notice: turn.Text["Common.Rejection.StaleVersion"]);
    }

    private async Task<CardActionResult> CancelAsync(Turn turn, Person actor, StoredDocument<WeeklyMeeting>? current, CancellationToken cancellationToken)
    {
        if (current is null)
        {
            return CardAnswers.NotFound(turn);
        }

        var decision = WeeklyMeetingMachine.Cancel(current.Value, actor, clock.UtcNow);
        if (!decision.IsAccepted)
        {
            return Card(turn, current, actor, rejection: decision.Rejection);
        }

        if (MeetingPlans.IsInCalendar(current.Value.EventId) && calendar.CreatesTeamsMeetings)
        {
            try
            {
                await calendar.CancelAsync(current.Value.EventId!, Localizer.ZhCn["Meetings.Weekly.CancelComment"], cancellationToken);
            }
            catch (Exception failure) when (CalendarFailure.IsCalendarFailure(failure))
            {
                logger.CalendarFailed("cancel", failure);
                return Card(turn, current, actor, error: CalendarFailure.Describe(failure, turn.Text));
            }
        }

        var stored = await CommitAsync(turn, actor, current, decision.State!, decision.Events, "Meetings.Notice.Cancelled", cancellationToken);
        if (stored is not null)
        {
            return Card(turn, stored, actor, notice: turn.Text["Meetings.Weekly.CancelledNotice"]);
        }

        var latest = await UndoCancelAsync(current.Value.EventId, actor, turn.Organisation);
        return Card(turn, latest, actor, notice: turn.Text["Common.Rejection.StaleVersion"]);
    }

    /// <summary>
    /// A move lost the race after its PATCH: the event goes back to the meeting the store holds (the winner's
    /// move, or the slot before), or is cancelled if the store no longer names it (issue 13).
    /// </summary>
    private async Task UndoMoveAsync(string eventId, StoredDocument<WeeklyMeeting>? latest, OrganisationProfile organisation)
    {
        if (latest?.Value is not { } winner || !string.Equals(winner.EventId, eventId, StringComparison.Ordinal))
        {
            await CompensateAsync(eventId);
            return;
        }

        if (winner.State != MeetingState.Scheduled)
        {
            // The winner cancelled it; its cancel reached the calendar too.
            return;
        }

        logger.UndoingMove(WeeklyMeeting.DocumentId, eventId);
        try
        {
            await calendar.UpdateAsync(eventId, MeetingPlans.Weekly(winner, organisation), CancellationToken.None);
        }
        catch (Exception failure) when (CalendarFailure.IsCalendarFailure(failure))
        {
            // The attendee job patches the series to the stored meeting on its next run.
            logger.CalendarFailed("undo-move", failure);
        }
    }

    /// <summary>
    /// A cancel lost the race after the calendar cancelled the event: a cancelled event cannot be revived, so
    /// when the store still holds that meeting as scheduled it gets a new event, recorded on the winner's version.
    /// </summary>
    private async Task<StoredDocument<WeeklyMeeting>?> UndoCancelAsync(string? eventId, Person actor, OrganisationProfile organisation)
    {
        var latest = await documents.WeeklyAsync(CancellationToken.None);
        if (eventId is null || !MeetingPlans.IsInCalendar(eventId) || !calendar.CreatesTeamsMeetings
            || latest?.Value is not { State: MeetingState.Scheduled } winner || !string.Equals(winner.EventId, eventId, StringComparison.Ordinal))
        {
            return latest;
        }

        logger.UndoingCancel(WeeklyMeeting.DocumentId, eventId);
        CalendarMeeting created;
        try
        {
            created = await calendar.CreateAsync(MeetingPlans.Weekly(winner, organisation), CancellationToken.None);
        }
        catch (Exception failure) when (CalendarFailure.IsCalendarFailure(failure))
        {
            logger.CalendarFailed("undo-cancel", failure);
            return latest;
        }

        var restored = winner with { EventId = created.EventId, JoinUrl = created.JoinUrl ?? winner.JoinUrl };
        try
        {
            return await writer.CommitAsync(
                new Change<WeeklyMeeting>(StorageContainers.Meetings, MeetingDocuments.WeeklyKey, restored, latest.ETag)
                {
                    Audit = MeetingAudit.Of([new WorkflowEvent("calendar-restored")], nameof(WeeklyMeeting), restored.Id, actor.Id, clock.UtcNow),
                },
                CancellationToken.None);
        }
        catch (Exception conflict) when (conflict is DocumentPreconditionFailedException or DocumentConflictException)
        {
            await CompensateAsync(created.EventId);
            return await documents.WeeklyAsync(CancellationToken.None);
        }
    }

    /// <summary>Writes the meeting, its audit and the ops channel's notice; null when someone else changed it first.</summary>
    private async Task<StoredDocument<WeeklyMeeting>?> CommitAsync(Turn turn, Person actor, StoredDocument<WeeklyMeeting>? current, WeeklyMeeting meeting, IReadOnlyList<WorkflowEvent> events, string noticeKey, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var messages = new List<OutboxMessage>();
        if (turn.Organisation.OpsChannelId is { } channel)
        {
            // Channels read the company's language.
            var text = Localizer.ZhCn;
            var card = WeeklyMeetingCard.Build(new WeeklyMeetingView(meeting, null, false) { Notice = text.Format(noticeKey, actor.Name.For(text.Culture)) }, turn.Organisation, text);
            messages.Add(OutboxMessage.Create(OutboxTarget.Channel(channel), ActivityFactory.Card(CardJson.ToElement(card), card.FallbackText), $"meeting:{meeting.Id}:r{meeting.Revision}:channel", now));
        }

        try
        {
            return await writer.CommitAsync(
                new Change<WeeklyMeeting>(StorageContainers.Meetings, MeetingDocuments.WeeklyKey, meeting, current?.ETag)
                {
                    Audit = MeetingAudit.Of(events, nameof(WeeklyMeeting), meeting.Id, actor.Id, now),
                    Messages = messages,
                },
                cancellationToken);
        }
        catch (Exception conflict) when (conflict is DocumentPreconditionFailedException or DocumentConflictException)
        {
            return null;
        }
    }

    /// <summary>Another ops office member scheduled it at the same moment: the event made for this losing attempt must not linger in calendars.</summary>
    private async Task CompensateAsync(string eventId)
    {
        if (!MeetingPlans.IsInCalendar(eventId) || !calendar.CreatesTeamsMeetings)
        {
            return;
        }

        logger.Compensating(WeeklyMeeting.DocumentId, eventId);
        try
        {
            await calendar.CancelAsync(eventId, Localizer.ZhCn["Meetings.Weekly.CancelComment"], CancellationToken.None);
        }
        catch (Exception failure) when (CalendarFailure.IsCalendarFailure(failure))
        {
            logger.CalendarFailed("compensate", failure);
        }
    }

    private static CardResult Card(Turn turn, StoredDocument<WeeklyMeeting>? stored, Person actor, string? notice = null, string? error = null, Rejection? rejection = null, IReadOnlyDictionary<string, string>? typed = null) =>
        new(WeeklyMeetingCard.Build(
            new WeeklyMeetingView(stored?.Value, stored?.ETag, actor.Has(Role.OpsOffice)) { Notice = notice, Error = error, Rejection = rejection, Typed = typed },
            turn.Organisation,
            turn.Text));
}
