using OpsRhythm.Bot.Turns.Pipeline;
using System.Security.Cryptography;
using System.Text;
using OpsRhythm.Bot.Delivery;
using OpsRhythm.Bot.Graph;
using OpsRhythm.Bot.Persistence;
using OpsRhythm.Bot.Turns;
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
/// Coordination meetings: the request form, slots from free/busy (getSchedule, or the meetings the bot
/// knows when Graph is absent), and the requester's pick, which creates the Teams meeting and sends
/// each participant the invitation card in their 1:1 chat.
/// </summary>
public sealed class CoordinationHandler(
    MeetingDocuments documents,
    CoordinationSlots slots,
    IMeetingCalendar calendar,
    ChangeWriter writer,
    OrganisationClock clock,
    ILogger<CoordinationHandler> logger) : ICardActionHandler
{
    public IReadOnlyDictionary<string, VerbAccess> Access { get; } = new Dictionary<string, VerbAccess>(StringComparer.Ordinal)
    {
        [MeetingVerbs.CoordinationForm] = VerbAccess.Company(RoleSets.Everyone),
        [MeetingVerbs.Propose] = VerbAccess.Company(RoleSets.Everyone),
        [MeetingVerbs.Pick] = VerbAccess.Company(RoleSets.Everyone),
    };

    public async Task<CardActionResult> HandleAsync(CardTurn card, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(card);
        var (turn, request) = (card.Turn, card.Request);
        var actor = card.Actor;
        return request.Verb switch
        {
            MeetingVerbs.CoordinationForm => CardActionResult.ShowCard(CoordinationFormCard.Build(turn.Organisation, clock.Today(turn.Organisation), turn.Text)),
            MeetingVerbs.Propose => await ProposeAsync(turn, actor, request, cancellationToken),
            _ => await PickAsync(turn, actor, request, cancellationToken),
        };
    }

    private async Task<CardActionResult> ProposeAsync(Turn turn, Person actor, CardActionRequest request, CancellationToken cancellationToken)
    {
        var organisation = turn.Organisation;
        var today = clock.Today(organisation);
        var ask = new CoordinationRequest(request.Value("topic"), request.Value("people"), request.Value("departments"), request.Value("duration"), request.Value("from"), request.Value("to"));
        var (valid, errors) = CoordinationMachine.Validate(ask, actor, organisation, today);
        if (valid is null)
        {
            return Form(turn, today, request, Rejection.Invalid(errors));
        }

        CoordinationSlots.Found found;
        try
        {
            found = await slots.FindAsync(valid, actor, organisation, cancellationToken);
        }
        catch (Exception failure) when (CalendarFailure.IsCalendarFailure(failure))
        {
            logger.CalendarFailed("getSchedule", failure);
            return Form(turn, today, request, error: CalendarFailure.Describe(failure, turn.Text));
        }

        var now = clock.UtcNow;
        var decision = CoordinationMachine.Propose(IdFor(actor, turn.Activity.Id), valid, actor, found.Slots, found.FromCalendars, now);
        if (!decision.IsAccepted)
        {
            return Form(turn, today, request, decision.Rejection);
        }

        var meeting = decision.State!;
        try
        {
            var stored = await writer.CommitAsync(
                new Change<CoordinationMeeting>(StorageContainers.Meetings, MeetingDocuments.CoordinationKey(meeting.Id), meeting, null)
                {
                    Audit = MeetingAudit.Of(decision.Events, nameof(CoordinationMeeting), meeting.Id, actor.Id, now),
                },
                cancellationToken);
            return Card(turn, actor, stored);
        }
        catch (DocumentConflictException)
        {
            // Teams retried the same click: show what the first one recorded.
            return Card(turn, actor, (await documents.CoordinationAsync(meeting.Id, cancellationToken))!);
        }
    }

    private async Task<CardActionResult> PickAsync(Turn turn, Person actor, CardActionRequest request, CancellationToken cancellationToken)
    {
        if (request.EntityId is not { } id || await documents.CoordinationAsync(id, cancellationToken) is not { } current)
        {
            return CardAnswers.NotFound(turn);
        }

        if (request.Version != current.ETag)
        {
            return Card(turn, actor, current, notice: turn.Text["Common.Rejection.StaleVersion"]);
        }

        var now = clock.UtcNow;
        var decision = CoordinationMachine.Pick(current.Value, actor, request.Value("slot"), now);
        if (!decision.IsAccepted)
        {
            return decision.Rejection!.Reason == RejectionReason.RoleNotAllowed
                ? CardAnswers.Forbidden(turn, decision.Rejection)
                : Card(turn, actor, current, rejection: decision.Rejection);
        }

        var meeting = decision.State!;
        var organisation = turn.Organisation;
        CalendarMeeting created;
        try
        {
            created = await calendar.CreateAsync(MeetingPlans.Coordination(meeting, meeting.Chosen!.Value, organisation), cancellationToken);
        }
        catch (Exception failure) when (CalendarFailure.IsCalendarFailure(failure))
        {
            logger.CalendarFailed("create", failure);
            return Card(turn, actor, current, error: CalendarFailure.Describe(failure, turn.Text));
        }

        meeting = meeting with { EventId = created.EventId, JoinUrl = created.JoinUrl };
        var messages = meeting.Everyone
            .Where(personId => personId != actor.Id)
            .Select(organisation.FindPerson)
            .OfType<Person>()
            .Select(person => Invite(meeting, person, organisation, now))
            .ToList();
        try
        {
            var stored = await writer.CommitAsync(
                new Change<CoordinationMeeting>(StorageContainers.Meetings, current.Key, meeting, current.ETag)
                {
                    Audit = MeetingAudit.Of(decision.Events, nameof(CoordinationMeeting), meeting.Id, actor.Id, now),
                    Messages = messages,
                },
                cancellationToken);
            documents.Remember(meeting);
            return Card(turn, actor, stored, notice: turn.Text["Meetings.Coordinate.Scheduled"]);
        }
        catch (DocumentPreconditionFailedException)
        {
            if (MeetingPlans.IsInCalendar(created.EventId) && calendar.CreatesTeamsMeetings)
            {
                logger.Compensating(meeting.Id, created.EventId);
                await calendar.CancelAsync(created.EventId, meeting.Topic, CancellationToken.None);
            }

            return Card(turn, actor, (await documents.CoordinationAsync(id, cancellationToken))!, notice: turn.Text["Common.Rejection.StaleVersion"]);
        }
    }

    private static OutboxMessage Invite(CoordinationMeeting meeting, Person person, OrganisationProfile organisation, DateTimeOffset now)
    {
        var text = Localizer.For(person.Locale);
        var card = CoordinationCard.BuildInvite(meeting, organisation, MeetingPlans.ZoneOf(person, organisation), text);
        return OutboxMessage.Create(OutboxTarget.Person(person.Id), ActivityFactory.Card(CardJson.ToElement(card), card.FallbackText), $"coord:{meeting.Id}:invite:{person.Id}", now);
    }

    /// <summary>One id per click: a Teams retry of the same invoke carries the same activity id and finds the request already recorded.</summary>
    private static string IdFor(Person actor, string? activityId)
    {
        var seed = activityId is null ? Guid.NewGuid().ToString("N") : actor.Id + "|" + activityId;
        return "coord-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(seed)))[..16];
    }

    private static CardResult Form(Turn turn, DateOnly today, CardActionRequest request, Rejection? rejection = null, string? error = null) =>
        new(CoordinationFormCard.Build(turn.Organisation, today, turn.Text, request.Data, rejection, error));

    private static CardResult Card(Turn turn, Person actor, StoredDocument<CoordinationMeeting> stored, string? notice = null, string? error = null, Rejection? rejection = null) =>
        new(CoordinationCard.Build(stored.Value, stored.ETag, turn.Organisation, MeetingPlans.ZoneOf(actor, turn.Organisation), turn.Text, notice, error, rejection));
}
