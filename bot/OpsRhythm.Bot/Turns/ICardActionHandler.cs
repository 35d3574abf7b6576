namespace OpsRhythm.Bot.Turns;

/// <summary>
/// Handles the card actions (Action.Execute verbs, and the same data arriving as an Action.Submit
/// fallback) of one feature. The answer replaces the card in place, or is a message or an error.
/// </summary>
internal interface ICardActionHandler
{
    /// <summary>
    /// Every verb the handler answers, each with who may use it. A verb cannot be registered without
    /// its rule: the dispatcher routes only verbs named here and checks the rule before
    /// <see cref="HandleAsync"/> runs (see docs/security.md, "Who may read what").
    /// </summary>
    IReadOnlyDictionary<string, VerbAccess> Access { get; }

    IReadOnlyCollection<string> Verbs => [.. Access.Keys];

    /// <summary>Handles a click that passed the verb's rule; a state change goes through <see cref="Pipeline.CardPipeline"/>.</summary>
    Task<CardActionResult> HandleAsync(CardTurn card, CancellationToken cancellationToken);
}
