using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Options;
using OpsRhythm.Bot.Hosting.Telemetry;
using OpsRhythm.Protocol.Activities;
using OpsRhythm.Protocol.Connector;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Delivery;

/// <summary>
/// Delivers one outbox message: claims it (ETag-guarded lease), resolves the conversation, waits until
/// the rate limits allow a send, marks the attempt in flight, takes the rate slot, calls the connector
/// once and records the outcome. The connector client is the single-attempt one: retries are the
/// dispatcher's (backoff, Retry-After, rate limits); a retry inside the HTTP client would bypass the limits.
/// </summary>
internal sealed class OutboxDelivery(
    IDocumentStore store,
    [FromKeyedServices(ConnectorClient.SingleAttemptKey)] IConnectorClient connector,
    IOutboxAddressBook addresses,
    IActivityFeed activityFeed,
    OutboxRateLimiter limiter,
    IOptions<DeliveryOptions> options,
    TimeProvider timeProvider,
    ILogger<OutboxDelivery> logger,
    DeadLetterReport? deadLetters = null)
{
    private readonly DeliveryOptions _options = options.Value;

    /// <summary>Identifies this instance's leases.</summary>
    public string InstanceId { get; } = Guid.NewGuid().ToString("N");

    public async Task<DeliveryOutcome> DeliverAsync(QueuedMessage queued, CancellationToken stopping)
    {
        if (stopping.IsCancellationRequested)
        {
            return DeliveryOutcome.Stopped;
        }

        var claimed = await ClaimAsync(queued);
        if (claimed is null)
        {
            return DeliveryOutcome.Taken;
        }

        var message = claimed.Value;
        if (message.InFlightAttemptId is not null)
        {
            logger.UncertainAttempt(message.Id, message.InFlightAttemptId, _options.ResendUncertain);
            if (!_options.ResendUncertain)
            {
                await FinishAsync(queued.Container, claimed, m => m with { Status = OutboxStatus.DeadLettered, LastError = "uncertain: an earlier attempt died while sending" });
                BotTelemetry.DeadLettered("uncertain");
                return DeliveryOutcome.Finished;
            }
        }

        try
        {
            return await SendClaimedAsync(queued.Container, claimed, stopping);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Stopped before the connector was called: hand the message back for the next instance.
            await FinishAsync(queued.Container, claimed, m => m);
            return DeliveryOutcome.Stopped;
        }
    }

    private async Task<DeliveryOutcome> SendClaimedAsync(string container, StoredDocument<OutboxMessage> claimed, CancellationToken stopping)
    {
        string? originalConversationId = null;
        if (claimed.Value is { Operation: OutboxOperation.Update, UpdateActivityId: null, UpdatesIdempotencyKey: { } originalKey })
        {
            var original = (await store.ReadAsync<OutboxMessage>(container, new DocumentKey(claimed.Key.PartitionKey, OutboxMessage.IdFor(originalKey)), stopping))?.Value;
            switch (original)
            {
                case { Status: OutboxStatus.Sent, SentActivityId: { } activityId }:
                    claimed = await ReplaceAsync(container, claimed, claimed.Value with { UpdateActivityId = activityId }) ?? claimed;
                    if (claimed.Value.UpdateActivityId is null)
                    {
                        return DeliveryOutcome.Taken;
                    }

                    originalConversationId = original.SentConversationId;
                    break;
                case { Status: OutboxStatus.Pending }:
                    // The original waits for its own retry; the update follows it, never overtakes it.
                    return await RetryOrDeadLetterAsync(container, claimed, new InvalidOperationException($"waiting for {original.Id} to be sent"), null);
                default:
                    logger.NothingToUpdate(claimed.Value.Id, originalKey, original?.Status.ToString() ?? "missing");
                    await FinishAsync(container, claimed, m => m with { Status = OutboxStatus.Skipped, LastError = "the message to update was never posted" });
                    return DeliveryOutcome.Finished;
            }
        }

        var message = claimed.Value;
        var address = await addresses.ResolveAsync(message.Target, stopping);
        ConversationReference reference;
        string? aadObjectId;
        switch (address)
        {
            case KnownConversation known:
                (reference, aadObjectId) = (known.Reference, known.AadObjectId);
                break;
            case NewPersonalChat chat:
                reference = await CreatePersonalChatAsync(message.Target, chat, stopping);
                aadObjectId = chat.AadObjectId;
                break;
            case AwaitingInstallation waiting:
                // Not a failure: the chat arrives with the install event; the attempt is not counted towards dead-lettering.
                await FinishAsync(container, claimed, m => m with { NextAttemptAt = waiting.RetryAt, LastError = "waiting for the app's installation" });
                return DeliveryOutcome.RetryLater;
            case BlockedConversation:
                await FinishAsync(container, claimed, m => m with { Status = OutboxStatus.Skipped, LastError = "blocked" });
                return DeliveryOutcome.Finished;
            case UnreachableTarget unreachable:
                logger.Unreachable(message.Id, message.Target.ToString(), unreachable.Reason);
                await FinishAsync(container, claimed, m => m with { Status = OutboxStatus.Skipped, LastError = unreachable.Reason });
                return DeliveryOutcome.Finished;
            default:
                throw new InvalidOperationException($"Unknown address {address}.");
        }

        if (originalConversationId is not null && originalConversationId != reference.Conversation.Id)
        {
            // An update goes where the original went (a channel post, or a 1:1 chat known then).
            reference = reference with { Conversation = reference.Conversation with { Id = originalConversationId } };
        }

        var conversationId = reference.Conversation.Id;
        using (await limiter.EnterAsync(conversationId, stopping))
        {
            var inFlight = await ReplaceAsync(container, claimed, claimed.Value with { InFlightAttemptId = Guid.NewGuid().ToString("N") });
            if (inFlight is null)
            {
                return DeliveryOutcome.Taken;
            }

            try
            {
                // Only the global window can have filled since entering (the conversation is held), so this wait is short.
                await limiter.TakeSlotAsync(conversationId, stopping);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                // Nothing was sent: clear the in-flight mark so that the next instance does not treat the attempt as uncertain.
                await FinishAsync(container, inFlight, m => m);
                return DeliveryOutcome.Stopped;
            }

            // From here the attempt is finished even if the host is stopping: a send cut off half-way
            // is the one case where the outcome would be unknown.
            return await CallConnectorAsync(container, inFlight, reference, aadObjectId);
        }
    }

    private async Task<DeliveryOutcome> CallConnectorAsync(string container, StoredDocument<OutboxMessage> inFlight, ConversationReference reference, string? aadObjectId)
    {
        var message = inFlight.Value;
        var conversationId = reference.Conversation.Id;
        try
        {
            var activity = Address(message.Activity.Deserialize<Activity>(ProtocolJson.Options)!, reference);
            var serviceUrl = new Uri(reference.ServiceUrl);
            var sent = message.Operation == OutboxOperation.Update
                ? await connector.UpdateActivityAsync(serviceUrl, conversationId, message.UpdateActivityId!, activity with { Id = message.UpdateActivityId }, CancellationToken.None)
                : await connector.SendToConversationAsync(serviceUrl, conversationId, activity, CancellationToken.None);
            await FinishAsync(container, inFlight, m => m with
            {
                Status = OutboxStatus.Sent,
                SentActivityId = sent.Id ?? m.UpdateActivityId,
                SentConversationId = conversationId,
                SentAt = timeProvider.GetUtcNow(),
                LastError = null,
            });
            logger.Sent(message.Id, conversationId);
            BotTelemetry.Sent(message.Operation.ToString());
            await RaiseFeedItemAsync(message, aadObjectId, activity);
            return DeliveryOutcome.Finished;
        }
        catch (ConversationBlockedException)
        {
            logger.Blocked(message.Id, conversationId);
            await addresses.MarkBlockedAsync(message.Target, conversationId, CancellationToken.None);
            await FinishAsync(container, inFlight, m => m with { Status = OutboxStatus.Skipped, LastError = "blocked" });
            return DeliveryOutcome.Finished;
        }
        catch (Exception failure) when (IsTransient(failure))
        {
            var retryAfter = (failure as ConnectorException)?.RetryAfter;
            BotTelemetry.Throttled(failure);
            if (retryAfter is { } wait)
            {
                limiter.Pause(conversationId, timeProvider.GetUtcNow() + wait);
            }

            return await RetryOrDeadLetterAsync(container, inFlight, failure, retryAfter);
        }
        catch (Exception failure) when (failure is ConnectorException or JsonException or UriFormatException)
        {
            logger.DeadLettered(message.Id, message.Attempts + 1, failure.Message);
            BotTelemetry.DeadLettered("refused");
            await FinishAsync(container, inFlight, m => m with { Status = OutboxStatus.DeadLettered, LastError = failure.Message });
            return DeliveryOutcome.Finished;
        }
    }

    private async Task<DeliveryOutcome> RetryOrDeadLetterAsync(string container, StoredDocument<OutboxMessage> inFlight, Exception failure, TimeSpan? retryAfter)
    {
        var attempts = inFlight.Value.Attempts + 1;
        if (attempts >= _options.MaxAttempts)
        {
            logger.DeadLettered(inFlight.Value.Id, attempts, failure.Message);
            BotTelemetry.DeadLettered("attempts");
            await FinishAsync(container, inFlight, m => m with { Status = OutboxStatus.DeadLettered, LastError = failure.Message });
            return DeliveryOutcome.Finished;
        }

        var delay = OutboxBackoff.Delay(attempts, retryAfter, _options, Random.Shared);
        logger.WillRetry(inFlight.Value.Id, attempts, delay, failure.Message);
        await FinishAsync(container, inFlight, m => m with { NextAttemptAt = timeProvider.GetUtcNow() + delay, LastError = failure.Message }, countAttempt: true);
        return DeliveryOutcome.RetryLater;
    }

    private async Task<ConversationReference> CreatePersonalChatAsync(OutboxTarget target, NewPersonalChat chat, CancellationToken stopping)
    {
        await limiter.WaitForGlobalSlotAsync(stopping);
        var tenant = JsonSerializer.SerializeToElement(new { tenant = new { id = chat.TenantId } });
        var created = await connector.CreateConversationAsync(chat.ServiceUrl, new ConversationParameters
        {
            IsGroup = false,
            Bot = chat.Bot,
            Members = [chat.User],
            TenantId = chat.TenantId,
            ChannelData = tenant,
        }, stopping);
        var reference = new ConversationReference(
            created.ServiceUrl ?? chat.ServiceUrl.ToString(),
            "msteams",
            new ConversationAccount(created.Id) { ConversationType = ConversationTypes.Personal, TenantId = chat.TenantId },
            chat.Bot,
            chat.User,
            chat.TenantId);
        await addresses.RememberConversationAsync(target, reference, stopping);
        return reference;
    }

    private async Task RaiseFeedItemAsync(OutboxMessage message, string? aadObjectId, Activity activity)
    {
        if (message.ActivityFeed is not { } item || aadObjectId is null || !activityFeed.IsConfigured)
        {
            return;
        }

        try
        {
            await activityFeed.NotifyAsync(aadObjectId, item, activity.Summary ?? activity.Text ?? item.Type, CancellationToken.None);
        }
        catch (Exception failure) when (failure is HttpRequestException or Microsoft.Graph.Models.ODataErrors.ODataError or TaskCanceledException)
        {
            // The chat message is already out and is the notice; a missing feed item is not worth a resend.
            logger.FeedFailed(message.Id, failure.Message);
        }
    }

    private static Activity Address(Activity activity, ConversationReference reference) => activity with
    {
        ServiceUrl = reference.ServiceUrl,
        ChannelId = reference.ChannelId,
        Conversation = reference.Conversation,
        From = reference.Bot,
        Recipient = reference.User,
    };

    private static bool IsTransient(Exception failure) => failure switch
    {
        ConnectorException { StatusCode: null } => true,
        ConnectorException { StatusCode: var status } => status is HttpStatusCode.TooManyRequests
            or HttpStatusCode.PreconditionFailed or HttpStatusCode.Unauthorized or HttpStatusCode.RequestTimeout
            or >= HttpStatusCode.InternalServerError,
        HttpRequestException or TimeoutException or TaskCanceledException => true,
        _ => false,
    };

    private async Task<StoredDocument<OutboxMessage>?> ClaimAsync(QueuedMessage queued)
    {
        var now = timeProvider.GetUtcNow();
        var current = queued.Message;
        if (current.Status != OutboxStatus.Pending || current.NextAttemptAt > now || (current.LeaseUntil is { } until && until > now && current.LeaseOwner != InstanceId))
        {
            return null;
        }

        return await ReplaceAsync(queued.Container, queued.Document, current with { LeaseOwner = InstanceId, LeaseUntil = now + _options.LeaseDuration });
    }

    /// <summary>Records the outcome and gives the lease up; <paramref name="countAttempt"/> for a failed call.</summary>
    private async Task FinishAsync(string container, StoredDocument<OutboxMessage> held, Func<OutboxMessage, OutboxMessage> outcome, bool countAttempt = false)
    {
        var finished = outcome(held.Value) with { LeaseOwner = null, LeaseUntil = null, InFlightAttemptId = null };
        if (countAttempt || finished.Status is OutboxStatus.Sent or OutboxStatus.DeadLettered)
        {
            finished = finished with { Attempts = held.Value.Attempts + 1 };
        }

        if (finished.Status is OutboxStatus.Sent)
        {
            // Kept for updates of it and for the runbook, then removed by the store (Cosmos DB ttl; the SQLite cleanup job).
            finished = finished with { Ttl = (int)_options.SentRetention.TotalSeconds };
        }

        var recorded = await ReplaceAsync(container, held, finished);
        if (recorded is not null && finished.Status == OutboxStatus.DeadLettered && deadLetters is not null)
        {
            // A digest or alert given up must not pass in silence: the ops office is told.
            await deadLetters.QueueAsync(container, held.Key.PartitionKey, finished, CancellationToken.None);
        }

        if (recorded is null)
        {
            logger.LeaseLost(held.Value.Id, finished.Status.ToString());
        }
    }

    private async Task<StoredDocument<OutboxMessage>?> ReplaceAsync(string container, StoredDocument<OutboxMessage> current, OutboxMessage next)
    {
        try
        {
            // Never cancelled: a half-recorded outcome is worse than a slow shutdown.
            return await store.ReplaceAsync(container, current.Key, next, current.ETag, CancellationToken.None);
        }
        catch (DocumentPreconditionFailedException)
        {
            return null;
        }
    }
}
