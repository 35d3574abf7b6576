using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Cards.Meetings;
using OpsRhythm.Domain.Meetings;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Meetings;

/// <summary>
/// The requester (or the ops office) picks a proposed slot: the Teams meeting is created, then the meeting,
/// its audit and each participant's invitation are written in one batch; a pick that loses the race cancels
/// the event it made. Who may pick is checked before the version, so a refused click learns nothing.
/// </summary>
internal sealed class CoordinationPickHandler(MeetingDocuments documents, CoordinationCalendar calendar, CardPipeline pipeline) : ICardActionHandler
{
    public IReadOnlyDictionary<string, VerbAccess> Access { get; } = new Dictionary<string, VerbAccess>(StringComparer.Ordinal)
    {
        [MeetingVerbs.Pick] = VerbAccess.Company(RoleSets.Everyone),
    };

    public Task<CardActionResult> HandleAsync(CardTurn card, CancellationToken cancellationToken)
    {
        return pipeline.ChangeAsync(card, new StateChange<CoordinationMeeting, PickSlot>
        {
            Container = StorageContainers.Meetings,
            EntityType = nameof(CoordinationMeeting),
            Load = token => card.Request.EntityId is { } id ? documents.CoordinationAsync(id, token) : Task.FromResult<StoredDocument<CoordinationMeeting>?>(null),
            MayAct = meeting => CoordinationMachine.MayPick(meeting, card.Actor),
            Read = _ => CoordinationInput.Pick(card.Value(MeetingFields.Slot)),
            Decide = (meeting, command) => CoordinationMachine.Pick(meeting, card.Actor, command, pipeline.Clock.UtcNow),
            Call = calendar.Create(card),
            Messages = made => CoordinationReply.Invitations(card, made),
            Show = (stored, note, _) => Task.FromResult(Show(card, stored, note)),
            Done = _ => card.Text["Meetings.Coordinate.Scheduled"],
        }, cancellationToken);
    }

    private CardActionResult Show(CardTurn card, StoredDocument<CoordinationMeeting> stored, CardNote note)
    {
        if (stored.Value.State == MeetingState.Scheduled)
        {
            // So this instance's reminders and slot search know it at once, before the background refresh.
            documents.Remember(stored.Value);
        }

        return CoordinationReply.Card(card, stored, note);
    }
}
