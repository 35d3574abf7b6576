using OpsRhythm.Bot.Delivery;
using OpsRhythm.Cards.Model;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Meetings.Minutes;
using OpsRhythm.Domain.Meetings.Minutes;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Protocol.Activities;

namespace OpsRhythm.Bot.Meetings.Minutes;

/// <summary>The outbox messages about one action item.</summary>
internal static class ActionItemMessages
{
    /// <summary>The new item's card in its owner's 1:1 chat, in their language, with the close form.</summary>
    public static OutboxMessage ToOwner(ActionItem item, Person owner, OrganisationProfile organisation, Localizer text, DateTimeOffset now)
    {
        var card = ActionItemCard.Build(item, "new", organisation, text, new ActionItemView { MayClose = true, Notice = text["Minutes.Item.Assigned"] });
        return OutboxMessage.Create(OutboxTarget.Person(owner.Id), ActivityFactory.Card(CardJson.ToElement(card), card.FallbackText), $"{item.Id}:assigned:{owner.Id}", now);
    }
}
