using System.Text.Json;
using System.Text.Json.Serialization;
using OpsRhythm.Protocol.Activities;

namespace OpsRhythm.Bot.Delivery;

/// <summary>
/// A proactive message waiting to be delivered. It is written in the same atomic batch as the state
/// change that causes it (so a change never happens without its notice, nor a notice without its
/// change), in that change's partition; the dispatcher sends it at least once, and
/// <see cref="IdempotencyKey"/> keeps a resend after a crash from posting twice.
/// </summary>
internal sealed record OutboxMessage(string Id, OutboxTarget Target, JsonElement Activity, DateTimeOffset CreatedAt)
{
    /// <summary>Stable for the logical message (e.g. "plan:{id}:v3:notify:{person}"); re-enqueueing the same key is a no-op.</summary>
    public required string IdempotencyKey { get; init; }

    public OutboxStatus Status { get; init; } = OutboxStatus.Pending;

    public int Attempts { get; init; }

    public DateTimeOffset NextAttemptAt { get; init; }

    /// <summary>For <see cref="OutboxOperation.Update"/>: the id of the activity to replace (e.g. an approval card).</summary>
    public string? UpdateActivityId { get; init; }

    public OutboxOperation Operation { get; init; } = OutboxOperation.Send;

    /// <summary>
    /// For <see cref="OutboxOperation.Update"/> of a message queued earlier, whose activity id is not known
    /// when the update is written: that message's idempotency key. Delivery takes the activity id and the
    /// conversation from it once it is sent (it waits while the original is pending, and skips the update
    /// when the original was never posted).
    /// </summary>
    public string? UpdatesIdempotencyKey { get; init; }

    /// <summary>Set once sent: the activity id the connector returned, so a later update can target it.</summary>
    public string? SentActivityId { get; init; }

    /// <summary>The conversation the message went to (a person's 1:1 chat is only known once resolved).</summary>
    public string? SentConversationId { get; init; }

    public DateTimeOffset? SentAt { get; init; }

    public string? LastError { get; init; }

    /// <summary>
    /// Also raise this Teams activity-feed notification (Graph) for a person target, when Graph is
    /// configured. Messages stored before items carried their template parameters have an
    /// "activityFeedType" string instead; it is ignored on read, as Graph would refuse it.
    /// </summary>
    public ActivityFeedItem? ActivityFeed { get; init; }

    /// <summary>The dispatcher instance holding the per-message lease, while it sends.</summary>
    public string? LeaseOwner { get; init; }

    public DateTimeOffset? LeaseUntil { get; init; }

    /// <summary>
    /// Set, in the same write as the lease, just before the connector is called, and cleared when the
    /// outcome is recorded. Found set on an expired lease it means an instance died between calling
    /// the connector and recording the answer: the message may or may not be in the chat.
    /// </summary>
    public string? InFlightAttemptId { get; init; }

    /// <summary>
    /// Which of the <see cref="OutboxShards"/> the target falls in: the dispatcher instance that owns the shard
    /// sends it, so one conversation is served by one instance (docs/delivery.md, "Several instances").
    /// Null on messages stored before shards; the reconciliation pass fills it in.
    /// </summary>
    public int? Shard { get; init; }

    /// <summary>Seconds a finished message is kept (Cosmos DB's per-document <c>ttl</c>; the SQLite cleanup job reads the same).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Ttl { get; init; }

    /// <summary>The document id of the message with this idempotency key (in the partition it was written to).</summary>
    public static string IdFor(string idempotencyKey) => "outbox:" + idempotencyKey;

    /// <summary>A message to send; its id is derived from the idempotency key so the same message is never queued twice.</summary>
    public static OutboxMessage Create(OutboxTarget target, Activity activity, string idempotencyKey, DateTimeOffset now) =>
        new(IdFor(idempotencyKey), target, JsonSerializer.SerializeToElement(activity, ProtocolJson.Options), now)
        {
            IdempotencyKey = idempotencyKey,
            NextAttemptAt = now,
            Shard = OutboxShards.Of(target),
        };

    /// <summary>Replaces an activity sent earlier (e.g. an approval card whose buttons must go).</summary>
    public static OutboxMessage CreateUpdate(OutboxTarget target, string activityId, Activity activity, string idempotencyKey, DateTimeOffset now) =>
        Create(target, activity, idempotencyKey, now) with { Operation = OutboxOperation.Update, UpdateActivityId = activityId };

    /// <summary>
    /// Replaces the activity of a message queued earlier in the same partition, named by its idempotency key
    /// (e.g. the approval card sent to an approver, once the decision is taken). Same target as the original.
    /// </summary>
    public static OutboxMessage CreateUpdateOf(OutboxTarget target, string originalIdempotencyKey, Activity activity, string idempotencyKey, DateTimeOffset now) =>
        Create(target, activity, idempotencyKey, now) with { Operation = OutboxOperation.Update, UpdatesIdempotencyKey = originalIdempotencyKey };
}

/// <summary>Stored as text so the dispatcher's status filter reads the same in every store.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<OutboxStatus>))]
internal enum OutboxStatus
{
    Pending,
    Sent,
    DeadLettered,
    Skipped,
}

[JsonConverter(typeof(JsonStringEnumConverter<OutboxOperation>))]
internal enum OutboxOperation
{
    Send,
    Update,
}
