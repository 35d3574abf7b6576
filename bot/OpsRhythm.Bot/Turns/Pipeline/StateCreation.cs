using OpsRhythm.Bot.Delivery;
using OpsRhythm.Domain.Workflow;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Turns.Pipeline;

/// <summary>
/// A card verb that creates an item (a risk registered, a suggestion made): read the typed command, the
/// Domain's decision, audit, atomic commit (create-only, so a retried click cannot create it twice when
/// its key is deterministic) with its messages, answer. There is no version to check: nothing exists yet.
/// </summary>
internal sealed record StateCreation<TState, TCommand>
    where TState : class
{
    public required string Container { get; init; }

    public required string EntityType { get; init; }

    public string ActionPrefix { get; init; } = "";

    /// <summary>The entity id its audit entries name; the document id when not set (a cycle's document is "cycle" in the cycle's partition).</summary>
    public Func<TState, string>? EntityId { get; init; }

    /// <summary>The typed command from the form's inputs.</summary>
    public required Func<CommandRead<TCommand>> Read { get; init; }

    /// <summary>The Domain's decision creating the state.</summary>
    public required Func<TCommand, Decision<TState>> Decide { get; init; }

    /// <summary>Where the new state is stored.</summary>
    public required Func<TState, DocumentKey> Key { get; init; }

    /// <summary>A call outside the store between the decision and the commit (see <see cref="OutsideCall{TState}"/>); the messages are built after it.</summary>
    public OutsideCall<TState>? Call { get; init; }

    public Func<ChangeMade<TState>, IReadOnlyList<OutboxMessage>>? Messages { get; init; }

    /// <summary>
    /// What the store holds at the key when the create-only commit finds it taken (a retried click, or another
    /// person first): shown, or handed to <see cref="Call"/>'s undo, instead of the form.
    /// </summary>
    public Func<DocumentKey, CancellationToken, Task<StoredDocument<TState>?>>? Load { get; init; }

    /// <summary>Other documents of the same partition created in the same batch (an inspection's improvement actions).</summary>
    public Func<ChangeMade<TState>, IReadOnlyList<BatchOperation>>? Also { get; init; }

    /// <summary>The form again, with the rejection's field errors beside their fields and what was typed kept.</summary>
    public required Func<Rejection, CardActionResult> ShowForm { get; init; }

    /// <summary>The form again with what was typed and why the <see cref="Call"/> failed (nothing was written); needed with a call.</summary>
    public Func<string, CardActionResult>? ShowFailure { get; init; }

    /// <summary>The created item's card with a note.</summary>
    public required Func<StoredDocument<TState>, CardNote, CancellationToken, Task<CardActionResult>> Show { get; init; }

    public Func<TState, string?>? Done { get; init; }
}
