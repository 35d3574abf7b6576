using OpsRhythm.Bot.Delivery;
using OpsRhythm.Bot.Organisation.Languages;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Protocol.Activities;

namespace OpsRhythm.Bot.Planning;

/// <summary>
/// Builds the proactive messages of a planning change, each card drawn in its recipient's language as
/// <see cref="RecipientLanguages"/> decides it (channels: the organisation's default), once the languages
/// are known (<see cref="MessagesIn"/>, when the change is committed). Keys are stable per logical message,
/// so a duplicated request can never queue a second copy.
/// </summary>
internal sealed class PlanOutbox(DateTimeOffset now, string keyPrefix)
{
    private readonly List<Func<RecipientLanguages, OutboxMessage>> _messages = [];

    /// <summary>The messages, each in its recipient's language.</summary>
    public IReadOnlyList<OutboxMessage> MessagesIn(RecipientLanguages languages)
    {
        return [.. _messages.Select(message => message(languages))];
    }

    /// <summary>A card to the person's chat; <paramref name="feed"/> also raises an activity-feed item (see <see cref="PlanFeed"/>).</summary>
    public void ToPerson(Person person, Func<Localizer, AdaptiveCard> card, string what, Func<Localizer, ActivityFeedItem>? feed = null)
    {
        _messages.Add(languages =>
        {
            var text = languages.For(person);
            var message = OutboxMessage.Create(OutboxTarget.Person(person.Id), ToActivity(card(text)), $"{keyPrefix}:{PersonKey(what, person)}", now);
            return message with { ActivityFeed = feed?.Invoke(text) };
        });
    }

    public void ToChannel(string? channelId, Func<Localizer, AdaptiveCard> card, string what)
    {
        if (!string.IsNullOrEmpty(channelId))
        {
            _messages.Add(languages => OutboxMessage.Create(OutboxTarget.Channel(channelId), ToActivity(card(languages.Shared)), $"{keyPrefix}:{what}:channel:{channelId}", now));
        }
    }

    /// <summary>
    /// Replaces, in the person's chat, the card queued earlier by <see cref="ToPerson"/> under
    /// <paramref name="originalKeyPrefix"/> and <paramref name="originalWhat"/> (e.g. an approval card once decided).
    /// </summary>
    public void UpdateForPerson(Person person, string originalKeyPrefix, string originalWhat, Func<Localizer, AdaptiveCard> card, string what)
    {
        var target = OutboxTarget.Person(person.Id);
        _messages.Add(languages => OutboxMessage.CreateUpdateOf(
            target, $"{originalKeyPrefix}:{PersonKey(originalWhat, person)}", ToActivity(card(languages.For(person))), $"{keyPrefix}:{PersonKey(what, person)}", now));
    }

    private static string PersonKey(string what, Person person) => $"{what}:person:{person.Id}";

    private static Activity ToActivity(AdaptiveCard card) => ActivityFactory.Card(CardJson.ToElement(card), card.FallbackText);
}
