namespace OpsRhythm.Bot.Delivery;

internal static partial class DeliveryLog
{
    [LoggerMessage(Level = LogLevel.Debug, Message = "Outbox message {MessageId} sent to {ConversationId}")]
    public static partial void Sent(this ILogger logger, string messageId, string conversationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {MessageId} attempt {Attempt} failed, retrying in {Delay}: {Error}")]
    public static partial void WillRetry(this ILogger logger, string messageId, int attempt, TimeSpan delay, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox message {MessageId} dead-lettered after {Attempts} attempt(s): {Error}")]
    public static partial void DeadLettered(this ILogger logger, string messageId, int attempts, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {MessageId}: conversation {ConversationId} blocks the bot; skipped")]
    public static partial void Blocked(this ILogger logger, string messageId, string conversationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {MessageId}: {Target} cannot be reached ({Reason}); skipped")]
    public static partial void Unreachable(this ILogger logger, string messageId, string target, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {MessageId}: attempt {AttemptId} died while sending, outcome unknown; resend = {Resend}")]
    public static partial void UncertainAttempt(this ILogger logger, string messageId, string attemptId, bool resend);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox message {MessageId}: the lease was lost before recording {Status}")]
    public static partial void LeaseLost(this ILogger logger, string messageId, string status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {MessageId}: activity feed notification failed: {Error}")]
    public static partial void FeedFailed(this ILogger logger, string messageId, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {MessageId}: the message {OriginalKey} it updates is {Status}; skipped")]
    public static partial void NothingToUpdate(this ILogger logger, string messageId, string originalKey, string status);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox sweep failed")]
    public static partial void SweepFailed(this ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox delivery to {Target} failed")]
    public static partial void TargetFailed(this ILogger logger, string target, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox message {MessageId} was dead-lettered and the ops office could not be told: {Error}")]
    public static partial void DeadLetterNotReported(this ILogger logger, string messageId, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox dispatcher {InstanceId}: {Live} live instance(s), this one at {Position} serves shards [{Shards}]")]
    public static partial void MembershipChanged(this ILogger logger, string instanceId, int live, int position, string shards);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox heartbeat failed")]
    public static partial void HeartbeatFailed(this ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox reconciliation: {Adopted} message(s) without a shard or marker adopted")]
    public static partial void Reconciled(this ILogger logger, int adopted);
}
