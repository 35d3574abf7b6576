using OpsRhythm.Bot.Turns;
using OpsRhythm.Cards.Extension;
using OpsRhythm.Domain.Time;

namespace OpsRhythm.Bot.Extension;

/// <summary>
/// The refresh of a shared item's card (and its refresh button): the item read again and drawn for the person
/// viewing it, with their access. Anyone in the organisation may ask; what they may not see is drawn as
/// restricted (who may see it), so a card shared into a chat never shows a viewer more than the dashboard would.
/// </summary>
internal sealed class SharedItemHandler(SharedItems items, OrganisationClock clock) : ICardActionHandler
{
    public IReadOnlyDictionary<string, VerbAccess> Access { get; } = new Dictionary<string, VerbAccess>(StringComparer.Ordinal)
    {
        [SharedItemVerbs.View] = VerbAccess.Company(RoleSets.Everyone),
    };

    public async Task<CardActionResult> HandleAsync(CardTurn card, CancellationToken cancellationToken)
    {
        var viewer = new SharedItemQuery(card.Actor, card.Organisation, card.Text, clock.Today(card.Organisation), null);
        var view = await items.ReadAsync(viewer, card.Request.Data, cancellationToken);
        if (view is null)
        {
            var kind = card.Value(SharedItemFields.Kind) is { } k && SharedItemKinds.All.Contains(k) ? k : SharedItemKinds.Plan;
            view = new SharedItemView(kind, string.Empty, card.Request.Data) { Restricted = card.Text["Extension.Card.Gone"] };
        }

        return CardActionResult.ShowCard(SharedItemCard.Build(view, card.Text));
    }
}
