using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Cards.Meetings.Minutes;

namespace OpsRhythm.Bot.Meetings.Minutes;

/// <summary>
/// Draws an action item for whoever views it (Universal Actions refresh, or a search result's card): the
/// owner and the operations office get the close form, the item's department's readers see it read-only.
/// </summary>
internal sealed class ActionItemShowHandler(MinutesStore minutes) : ICardActionHandler
{
    public IReadOnlyDictionary<string, VerbAccess> Access { get; } = new Dictionary<string, VerbAccess>(StringComparer.Ordinal)
    {
        // Who reads which item depends on the item (owner, department): checked below once it is read.
        [MinutesVerbs.ShowItem] = VerbAccess.Company(RoleSets.Everyone),
    };

    public async Task<CardActionResult> HandleAsync(CardTurn card, CancellationToken cancellationToken)
    {
        if (await minutes.ReadItemAsync(card.Request.EntityId, cancellationToken) is not { } stored)
        {
            return CardAnswers.NotFound(card);
        }

        if (ActionItemViews.MayRead(stored.Value, card.Actor, card.Organisation) is { } refused)
        {
            return CardAnswers.Forbidden(card, refused);
        }

        return CardActionResult.ShowCard(ActionItemCard.Build(stored.Value, stored.ETag, card.Organisation, card.Text, ActionItemViews.For(stored.Value, card.Actor)));
    }
}
