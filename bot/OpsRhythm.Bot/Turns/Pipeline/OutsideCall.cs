using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Turns.Pipeline;

/// <summary>
/// A call outside the store that a verb makes between the Domain's decision and the commit (a Teams meeting
/// created, moved or cancelled): reserve by deciding, call, then confirm by committing what the call answered.
/// When the call fails nothing is written and the card says why; when the commit then loses the race, the
/// call is put back to what the store holds, since nothing can undo it inside the batch.
/// </summary>
internal sealed record OutsideCall<TState>
    where TState : class
{
    /// <summary>Makes the call for the accepted change; answers the state to commit (with what the call returned, an event id) or why it failed.</summary>
    public required Func<ChangeMade<TState>, CancellationToken, Task<CallAnswer<TState>>> Make { get; init; }

    /// <summary>
    /// The commit lost the race after the call: puts the outside world back to <c>latest</c> (what the store now
    /// holds, null when nothing) and answers what to show, which may be a newer version the undo wrote. Runs
    /// without the turn's cancellation: a half-undone calendar is worse than a late answer.
    /// </summary>
    public required Func<ChangeMade<TState>, StoredDocument<TState>?, Task<StoredDocument<TState>?>> Undo { get; init; }
}
