using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Cards.Meetings.Minutes;
using OpsRhythm.Domain.Meetings.Minutes;
using OpsRhythm.Domain.Workflow;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Meetings.Minutes;

/// <summary>
/// The minutes card's form, from the meeting chat (so recording works without the side panel): the operations
/// office records a decision or an action item for the occurrence the card names; the card comes back with it listed.
/// </summary>
internal sealed class MinutesRecordHandler(ActionItemRecorder recorder, MinutesStore minutes, MinutesViews views, CardPipeline pipeline) : ICardActionHandler
{
    public IReadOnlyDictionary<string, VerbAccess> Access { get; } = new Dictionary<string, VerbAccess>(StringComparer.Ordinal)
    {
        [MinutesVerbs.RecordItem] = VerbAccess.Company(ActionItemMachine.RecordRoles),
        [MinutesVerbs.RecordDecision] = VerbAccess.Company(ActionItemMachine.RecordRoles),
    };

    public async Task<CardActionResult> HandleAsync(CardTurn card, CancellationToken cancellationToken)
    {
        if (MeetingOccurrenceResolver.FromPartition(card.Request.EntityId) is not { } occurrence)
        {
            return CardAnswers.NotFound(card);
        }

        var today = pipeline.Clock.Today(card.Organisation);
        var pk = occurrence.PartitionKey;
        var requestKey = card.Turn.Activity.Id;

        // The form is drawn synchronously by the pipeline when the input is refused: read what it lists first (one partition).
        var before = await views.ForAsync(occurrence, card.Actor, card.Organisation, card.Text, today, cancellationToken);
        if (card.Verb == MinutesVerbs.RecordDecision)
        {
            return await pipeline.CreateAsync(
                card,
                new StateCreation<MeetingDecision, RecordDecision>
                {
                    Container = StorageContainers.Meetings,
                    EntityType = nameof(MeetingDecision),
                    Read = () => MinutesInput.Decision(card),
                    Decide = c => ActionItemMachine.RecordDecision(occurrence, MinutesRequestIds.Decision(pk, requestKey), card.Actor, card.Organisation, c, pipeline.Clock.UtcNow),
                    Key = d => new DocumentKey(pk, d.Id),
                    Load = (_, _) => Task.FromResult<StoredDocument<MeetingDecision>?>(null),
                    ShowForm = rejection => Form(before, card, rejection),
                    Show = (_, _, ct) => ShowAsync(occurrence, card, today, card.Text["Minutes.Card.DecisionRecorded"], ct),
                },
                cancellationToken);
        }

        // Told with the minutes when the meeting ends, or now when it is not running.
        var running = before is { Ended: false } && await recorder.IsRunningAsync(occurrence, cancellationToken);
        return await pipeline.CreateAsync(
            card,
            new StateCreation<ActionItem, RecordActionItem>
            {
                Container = StorageContainers.Meetings,
                EntityType = nameof(ActionItem),
                Read = () => MinutesInput.Item(card),
                Decide = c => ActionItemMachine.Record(occurrence, MinutesRequestIds.Item(pk, requestKey), card.Actor, card.Organisation, c, today, pipeline.Clock.UtcNow),
                Key = item => new DocumentKey(pk, item.Id),
                Load = (key, ct) => minutes.ReadItemAsync(key.Id, ct),
                Messages = made => running || card.Organisation.FindPerson(made.After.OwnerPersonId) is not { } owner
                    ? []
                    : [ActionItemMessages.ToOwner(made.After, owner, card.Organisation, card.Turn.Languages.For(owner), made.At)],
                ShowForm = rejection => Form(before, card, rejection),
                Show = (_, _, ct) => ShowAsync(occurrence, card, today, card.Text["Minutes.Card.ItemRecorded"], ct),
            },
            cancellationToken);
    }

    /// <summary>The form again with what was typed and the errors beside their fields.</summary>
    private static CardActionResult Form(MinutesView before, CardTurn card, Rejection rejection) =>
        CardActionResult.ShowCard(MinutesCard.Build(before with { Rejection = rejection, Typed = card.Request.Data }, card.Organisation, card.Text));

    private async Task<CardActionResult> ShowAsync(MeetingOccurrenceRef occurrence, CardTurn card, DateOnly today, string notice, CancellationToken cancellationToken)
    {
        var view = await views.ForAsync(occurrence, card.Actor, card.Organisation, card.Text, today, cancellationToken);
        return CardActionResult.ShowCard(MinutesCard.Build(view with { Notice = notice }, card.Organisation, card.Text));
    }
}
