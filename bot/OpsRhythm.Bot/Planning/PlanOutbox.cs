using OpsRhythm.Bot.Delivery;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Protocol.Activities;

namespace OpsRhythm.Bot.Planning;

/// <summary>
/// Builds the proactive messages of a planning change, each card drawn in its recipient's language
/// (the person's locale, else zh-CN; channels zh-CN). Keys are stable per logical message, so a
/// duplicated request can never queue a second copy.
/// </summary>
public sealed class PlanOutbox(DateTimeOffset now, string keyPrefix)
{
    private readonly List<OutboxMessage> _messages = [];

    public IReadOnlyList<OutboxMessage> Messages => _messages;

    public void ToPerson(Person person, Func<Localizer, AdaptiveCard> card, string what)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(card);
        var text = Localizer.For(person.Locale);
        Add(OutboxTarget.Person(person.Id), card(text), PersonKey(what, person));
    }

    public void ToChannel(string? channelId, Func<Localizer, AdaptiveCard> card, string what)
    {
        ArgumentNullException.ThrowIfNull(card);
        if (!string.IsNullOrEmpty(channelId))
        {
            Add(OutboxTarget.Channel(channelId), card(Localizer.ZhCn), $"{what}:channel:{channelId}");
        }
    }

    /// <summary>
    /// Replaces, in the person's chat, the card queued earlier by <see cref="ToPerson"/> under
    /// <paramref name="originalKeyPrefix"/> and <paramref name="originalWhat"/> (e.g. an approval card once decided).
    /// </summary>
    public void UpdateForPerson(Person person, string originalKeyPrefix, string originalWhat, Func<Localizer, AdaptiveCard> card, string what)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(card);
        var target = OutboxTarget.Person(person.Id);
        var activity = ToActivity(card(Localizer.For(person.Locale)));
        _messages.Add(OutboxMessage.CreateUpdateOf(target, $"{originalKeyPrefix}:{PersonKey(originalWhat, person)}", activity, $"{keyPrefix}:{PersonKey(what, person)}", now));
    }

    private static string PersonKey(string what, Person person) => $"{what}:person:{person.Id}";

    private static Activity ToActivity(AdaptiveCard card) => ActivityFactory.Card(CardJson.ToElement(card), card.FallbackText);

    private void Add(OutboxTarget target, AdaptiveCard card, string key) =>
        _messages.Add(OutboxMessage.Create(target, ToActivity(card), $"{keyPrefix}:{key}", now));
}
