namespace OpsRhythm.Bot.Delivery;

/// <summary>
/// A target that answered 403 MessageWritesBlocked (organisation container, partition "conv:{id}", id
/// "blocked:{kind}:{id}"). It is believed for <see cref="DeliveryOptions.BlockedRecheckAfter"/>, then
/// one message is tried again, so a person who reinstalls the app is reached without an admin step.
/// </summary>
internal sealed record BlockedConversationRecord(OutboxTarget Target, string ConversationId, DateTimeOffset BlockedAt);
