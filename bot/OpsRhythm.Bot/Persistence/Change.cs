using OpsRhythm.Bot.Delivery;
using OpsRhythm.Domain.Auditing;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Persistence;

/// <summary>
/// One state change as it will be written: the aggregate's new state (created when
/// <see cref="IfMatchETag"/> is null, else replaced if still at that version), its audit events and
/// the messages it triggers. <see cref="ChangeWriter"/> commits all of it in one atomic batch.
/// </summary>
internal sealed record Change<T>(string Container, DocumentKey Key, T State, string? IfMatchETag)
{
    public IReadOnlyList<AuditEvent> Audit { get; init; } = [];

    public IReadOnlyList<OutboxMessage> Messages { get; init; } = [];

    /// <summary>Other documents of the same partition written in the same batch (e.g. a plan's history snapshot).</summary>
    public IReadOnlyList<BatchOperation> Also { get; init; } = [];
}
