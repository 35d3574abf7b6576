using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Delivery;

/// <summary>
/// The outbox's pending index: one small document per partition that holds undelivered messages or a
/// fan-out, upserted in the same batch as them. The dispatcher's poll reads these markers (one small
/// document per busy partition, not every pending body), drains the partitions they name in pages, and
/// deletes a marker, guarded by its ETag, once its partition is empty: a change committed meanwhile has
/// upserted it again (new ETag), so the delete fails and the partition is visited again.
/// </summary>
internal sealed record OutboxPending(DateTimeOffset Since)
{
    public const string DocumentId = "outbox-pending";

    /// <summary>The marker write to add to a batch that queues messages.</summary>
    public static BatchOperation Upsert(DateTimeOffset now) => BatchOperation.Upsert(DocumentId, new OutboxPending(now));
}
