using OpsRhythm.Bot.Turns;

namespace OpsRhythm.IntegrationTests.Meetings;

/// <summary>
/// The meetings feature's card handlers, one per verb, called by verb as the dispatcher would once the verb's
/// access rule has passed: so these tests see each handler's own checks (the Domain's role rule included).
/// </summary>
internal sealed class MeetingCardHandlers(IReadOnlyList<ICardActionHandler> handlers) : ICardActionHandler
{
    public IReadOnlyDictionary<string, VerbAccess> Access { get; } =
        handlers.SelectMany(h => h.Access).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

    public Task<CardActionResult> HandleAsync(CardTurn card, CancellationToken cancellationToken) =>
        handlers.Single(h => h.Access.ContainsKey(card.Verb)).HandleAsync(card, cancellationToken);
}
