namespace OpsRhythm.Cards.Model;

/// <summary>
/// Action.Execute (Universal Actions). <see cref="Data"/> always carries the verb, the entity id and the
/// version the card was drawn from (see <c>ActionData</c>), so the Action.Submit fallback routes the same
/// way and a stale click is detected.
/// </summary>
public sealed record ExecuteAction(string Verb, IReadOnlyDictionary<string, string> Data) : CardAction
{
    /// <summary>Which inputs to validate and send: "none" skips client-side validation (e.g. for "Cancel").</summary>
    public string? AssociatedInputs { get; init; }

    public CardAction? Fallback { get; init; }
}
