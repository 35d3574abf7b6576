namespace OpsRhythm.Bot.Turns;

/// <summary>
/// Handles the card actions (Action.Execute verbs, and the same data arriving as an Action.Submit
/// fallback) of one feature. The answer replaces the card in place, or is a message or an error.
/// </summary>
public interface ICardActionHandler
{
    IReadOnlyCollection<string> Verbs { get; }

    Task<CardActionResult> HandleAsync(Turn turn, CardActionRequest request, CancellationToken cancellationToken);
}
