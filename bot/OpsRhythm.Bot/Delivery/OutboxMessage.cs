using System.Text.Json;
using OpsRhythm.Protocol.Activities;

namespace OpsRhythm.Bot.Delivery;

/// <summary>
/// A proactive message waiting to be delivered. It is written in the same atomic batch as the state
/// change that causes it (so a change never happens without its notice, nor a notice without its
/// change), in that change's partition; the dispatcher sends it at least once, and
/// <see cref="IdempotencyKey"/> keeps a resend after a crash from posting twice.
/// </summary>
public sealed record OutboxMessage(string Id, OutboxTarget Target, JsonElement Activity, DateTimeOffset CreatedAt)
{
    /// <summary>Stable for the logical message (e.g. "plan:{id}:v3:notify:{person}"); re-enqueueing the same key is a no-op.</summary>
    public required string IdempotencyKey { get; init; }

    public OutboxStatus Status { get; init; } = OutboxStatus.Pending;

    public int Attempts { get; init; }

    public DateTimeOffset NextAttemptAt { get; init; }

    /// <summary>For <see cref="OutboxOperation.Update"/>: the id of the activity to replace (e.g. an approval card).</summary>
    public string? UpdateActivityId { get; init; }

    public OutboxOperation Operation { get; init; } = OutboxOperation.Send;

    /// <summary>Set once sent: the activity id the connector returned, so a later update can target it.</summary>
    public string? SentActivityId { get; init; }

    public string? LastError { get; init; }

    /// <summary>Also raise a Teams activity-feed notification (Graph) of this manifest activity type, when Graph is configured.</summary>
    public string? ActivityFeedType { get; init; }

    /// <summary>A message to send; its id is derived from the idempotency key so the same message is never queued twice.</summary>
    public static OutboxMessage Create(OutboxTarget target, Activity activity, string idempotencyKey, DateTimeOffset now) =>
        new("outbox:" + idempotencyKey, target, JsonSerializer.SerializeToElement(activity, ProtocolJson.Options), now)
        {
            IdempotencyKey = idempotencyKey,
            NextAttemptAt = now,
        };
}

public enum OutboxStatus
{
    Pending,
    Sent,
    DeadLettered,
    Skipped,
}

public enum OutboxOperation
{
    Send,
    Update,
}
