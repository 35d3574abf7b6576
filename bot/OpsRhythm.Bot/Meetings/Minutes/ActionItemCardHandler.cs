using System.Globalization;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Cards.Meetings.Minutes;
using OpsRhythm.Domain.Meetings.Minutes;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Workflow;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Meetings.Minutes;

/// <summary>
/// An action item's verbs: the owner or the operations office closes it with a note; the operations office
/// gives it to another person or moves its deadline. Each through the card pipeline.
/// </summary>
internal sealed class ActionItemCardHandler(MinutesStore minutes, CardPipeline pipeline, OpenActionItems? open = null) : ICardActionHandler
{
    public IReadOnlyDictionary<string, VerbAccess> Access { get; } = new Dictionary<string, VerbAccess>(StringComparer.Ordinal)
    {
        // The owner (any employee) closes too; the item rule checks owner or operations office before anything is shown.
        [MinutesVerbs.CloseItem] = VerbAccess.Company(RoleSets.Everyone),
        [MinutesVerbs.Reassign] = VerbAccess.Company(Role.OpsOffice),
        [MinutesVerbs.Reschedule] = VerbAccess.Company(Role.OpsOffice),
    };

    public Task<CardActionResult> HandleAsync(CardTurn card, CancellationToken cancellationToken)
    {
        var now = pipeline.Clock.UtcNow;
        var today = pipeline.Clock.Today(card.Organisation);
        return card.Verb switch
        {
            MinutesVerbs.Reassign => ChangeAsync<ReassignActionItem>(
                card,
                _ => new ReassignActionItem(card.Value(ActionItemFields.Owner) ?? string.Empty),
                (item, c) => ActionItemMachine.Reassign(item, card.Actor, card.Organisation, c),
                "Minutes.Item.Reassigned",
                cancellationToken),
            MinutesVerbs.Reschedule => ChangeAsync<RescheduleActionItem>(
                card,
                _ => Day(card.Value(ActionItemFields.Deadline)) is { } day
                    ? new RescheduleActionItem(day)
                    : CommandRead.Error<RescheduleActionItem>(ActionItemFields.Deadline, new FieldError("Minutes.Validation.BadDate")),
                (item, c) => ActionItemMachine.Reschedule(item, card.Actor, c, today),
                "Minutes.Item.Rescheduled",
                cancellationToken),
            _ => ChangeAsync<CloseActionItem>(
                card,
                _ => new CloseActionItem(card.Value(ActionItemFields.Note)),
                (item, c) => ActionItemMachine.Close(item, card.Actor, c, now),
                "Minutes.Item.Closed",
                cancellationToken),
        };
    }

    private Task<CardActionResult> ChangeAsync<TCommand>(
        CardTurn card, Func<ActionItem, CommandRead<TCommand>> read, Func<ActionItem, TCommand, Decision<ActionItem>> decide, string doneKey, CancellationToken cancellationToken) =>
        pipeline.ChangeAsync(
            card,
            new StateChange<ActionItem, TCommand>
            {
                Container = StorageContainers.Meetings,
                EntityType = nameof(ActionItem),
                Load = ct => minutes.ReadItemAsync(card.Request.EntityId, ct),
                MayAct = item => card.Verb == MinutesVerbs.CloseItem ? ActionItemMachine.MayClose(item, card.Actor) : ActionItemMachine.MayRecord(card.Actor),

                // The follow-up job stamps the item while its card is out, so the card's version is not compared;
                // the machine refuses what no longer applies (closing twice) and If-Match guards the write.
                ChecksVersion = false,
                Read = read,
                Decide = decide,
                Show = (stored, note, _) => Task.FromResult(CardActionResult.ShowCard(ActionItemCard.Build(
                    stored.Value, stored.ETag, card.Organisation, card.Text, ActionItemViews.For(stored.Value, card.Actor, note.Notice ?? note.Error, note.Rejection)))),
                Done = item =>
                {
                    // Committed: the dashboard's list of open items sees it at once on this instance.
                    open?.Remember(item);
                    return card.Text[doneKey];
                },
            },
            cancellationToken);

    private static DateOnly? Day(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
