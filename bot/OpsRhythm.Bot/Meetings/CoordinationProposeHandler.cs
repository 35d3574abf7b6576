using System.Security.Cryptography;
using System.Text;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Cards.Meetings;
using OpsRhythm.Domain.Meetings;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Workflow;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Meetings;

/// <summary>
/// A coordination request: the form read and checked against the organisation (errors beside their fields),
/// then slots from free/busy (getSchedule, or the meetings the bot knows when Graph is absent), then the
/// request recorded with its slots for the requester to pick from.
/// </summary>
internal sealed class CoordinationProposeHandler(MeetingDocuments documents, CoordinationSlots slots, CardPipeline pipeline, ILogger<CoordinationProposeHandler> logger) : ICardActionHandler
{
    public IReadOnlyDictionary<string, VerbAccess> Access { get; } = new Dictionary<string, VerbAccess>(StringComparer.Ordinal)
    {
        [MeetingVerbs.Propose] = VerbAccess.Company(RoleSets.Everyone),
    };

    public async Task<CardActionResult> HandleAsync(CardTurn card, CancellationToken cancellationToken)
    {
        var today = pipeline.Clock.Today(card.Organisation);
        var (ask, errors) = CoordinationMachine.Validate(CoordinationInput.Request(card), card.Actor, card.Organisation, today);
        if (ask is null)
        {
            return CoordinationReply.Form(card, today, Rejection.Invalid(errors));
        }

        // Free/busy is read before the decision: the slots are what the request records.
        CoordinationSlots.Found found;
        try
        {
            found = await slots.FindAsync(ask, card.Actor, card.Organisation, cancellationToken);
        }
        catch (Exception failure) when (CalendarFailure.IsCalendarFailure(failure))
        {
            logger.CalendarFailed("getSchedule", failure);
            return CoordinationReply.Form(card, today, error: CalendarFailure.Describe(failure, card.Text));
        }

        return await pipeline.CreateAsync(card, new StateCreation<CoordinationMeeting, CoordinationAsk>
        {
            Container = StorageContainers.Meetings,
            EntityType = nameof(CoordinationMeeting),
            Read = () => ask,
            Decide = command => CoordinationMachine.Propose(IdFor(card.Actor, card.Turn.Activity.Id), command, card.Actor, found.Slots, found.FromCalendars, pipeline.Clock.UtcNow),
            Key = meeting => MeetingDocuments.CoordinationKey(meeting.Id),
            // Teams retried the same click: what the first one recorded is shown.
            Load = (key, token) => documents.CoordinationAsync(key.Id, token),
            ShowForm = rejection => CoordinationReply.Form(card, today, rejection),
            Show = (stored, note, _) => Task.FromResult(CoordinationReply.Card(card, stored, note)),
        }, cancellationToken);
    }

    /// <summary>One id per click: a Teams retry of the same invoke carries the same activity id and finds the request already recorded.</summary>
    private static string IdFor(Person actor, string? activityId)
    {
        var seed = activityId is null ? Guid.NewGuid().ToString("N") : actor.Id + "|" + activityId;
        return "coord-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(seed)))[..16];
    }
}
