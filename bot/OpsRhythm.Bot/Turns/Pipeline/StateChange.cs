using OpsRhythm.Bot.Delivery;
using OpsRhythm.Domain.Workflow;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Turns.Pipeline;

/// <summary>
/// One state-changing card verb, declared as the steps <see cref="CardPipeline"/> runs in a fixed order:
/// load with version, (who may act on this item), stale check, read the typed command, the Domain's
/// decision, audit, atomic commit with its messages, answer. The verb's access rule ran before all of it.
/// </summary>
internal sealed record StateChange<TState, TCommand>
    where TState : class
{
    /// <summary>The container the state is written to.</summary>
    public required string Container { get; init; }

    /// <summary>The entity type its audit entries name (e.g. nameof(Risk)).</summary>
    public required string EntityType { get; init; }

    /// <summary>Qualifies the audit actions where a feature's action names would collide ("plan.").</summary>
    public string ActionPrefix { get; init; } = "";

    /// <summary>The entity id its audit entries name; the document id when not set.</summary>
    public Func<TState, string>? EntityId { get; init; }

    /// <summary>The state with its version; null when it does not exist (answered 404).</summary>
    public required Func<CancellationToken, Task<StoredDocument<TState>?>> Load { get; init; }

    /// <summary>
    /// Who may act on this item, where that depends on the item itself (a risk's owner): checked right after
    /// the load and before the version, so a refused click learns nothing about the item's state.
    /// </summary>
    public Func<TState, Rejection?>? MayAct { get; init; }

    /// <summary>
    /// False for a verb whose card is drawn before its item has a version (an alert card sent in the batch
    /// that writes the alert), or whose item a job stamps while its card is out (an improvement action's
    /// daily reminder): the card's version is then not compared, the Domain decision judges the current state
    /// itself (acknowledged once, refuses what no longer applies), and If-Match still guards the write.
    /// </summary>
    public bool ChecksVersion { get; init; } = true;

    /// <summary>
    /// A second version the item still answers to besides its ETag, null when none: a card drawn before the
    /// write that gave the item its ETag (an approval card sent in the batch that puts the plan to the
    /// approvers) carries it, and is current while the item still answers to it.
    /// </summary>
    public Func<TState, string?>? OtherVersion { get; init; }

    /// <summary>
    /// Optional: the version a card drawn from this state carries, where it is not the document's ETag (a digest
    /// over several documents, as a period's targets); compared instead of the ETag when <see cref="ChecksVersion"/>.
    /// </summary>
    public Func<StoredDocument<TState>, string?>? Version { get; init; }

    /// <summary>The typed command from the card's inputs, read through the field names the card posts.</summary>
    public required Func<TState, CommandRead<TCommand>> Read { get; init; }

    /// <summary>The Domain's decision: <c>(state, command) → new state and events | rejection</c>; the actor is the card turn's.</summary>
    public required Func<TState, TCommand, Decision<TState>> Decide { get; init; }

    /// <summary>A call outside the store between the decision and the commit (see <see cref="OutsideCall{TState}"/>); the messages are built after it.</summary>
    public OutsideCall<TState>? Call { get; init; }

    /// <summary>The messages the change triggers, committed in the same batch.</summary>
    public Func<ChangeMade<TState>, IReadOnlyList<OutboxMessage>>? Messages { get; init; }

    /// <summary>Other documents of the same partition written in the same batch (a history snapshot).</summary>
    public Func<ChangeMade<TState>, IReadOnlyList<BatchOperation>>? Also { get; init; }

    /// <summary>
    /// Told once the change is committed, before the answer: another feature reacts to it (indicator targets
    /// from an approved plan). It must not fail the verb; whatever it does, a retry of its own must also reach.
    /// </summary>
    public Func<StoredDocument<TState>, CancellationToken, Task>? Committed { get; init; }

    /// <summary>
    /// Optional: a write that follows from the committed change but cannot share its batch (the monthly plan's
    /// tracking fed from a weekly status: another container), run after the commit with its own version check
    /// and audit; it answers the notice on the updated card, shown instead of <see cref="Done"/>'s.
    /// </summary>
    public Func<StoredDocument<TState>, CancellationToken, Task<string?>>? Then { get; init; }

    /// <summary>The card showing the state with a note: the answer to a stale click, a rejection, bad input and success.</summary>
    public required Func<StoredDocument<TState>, CardNote, CancellationToken, Task<CardActionResult>> Show { get; init; }

    /// <summary>The notice on the updated card after the change ("已保存。").</summary>
    public Func<TState, string?>? Done { get; init; }
}
