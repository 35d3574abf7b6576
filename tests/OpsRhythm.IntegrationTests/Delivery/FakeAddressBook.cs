using System.Collections.Concurrent;
using OpsRhythm.Bot.Delivery;
using OpsRhythm.Protocol.Activities;

namespace OpsRhythm.IntegrationTests.Delivery;

/// <summary>Targets mapped to conversations on the fake connector; people without a chat get one created.</summary>
internal sealed class FakeAddressBook(Uri serviceUrl) : IOutboxAddressBook
{
    public const string TenantId = "tenant-1";
    private static readonly ChannelAccount Bot = new("28:bot", "OpsRhythm");

    public ConcurrentDictionary<OutboxTarget, ConversationReference> Known { get; } = new();

    public ConcurrentDictionary<OutboxTarget, bool> Blocked { get; } = new();

    /// <summary>The Entra object ids of people, which activity-feed notifications are addressed to.</summary>
    public ConcurrentDictionary<OutboxTarget, string> AadObjectIds { get; } = new();

    public void Add(OutboxTarget target, string conversationId) =>
        Known[target] = new ConversationReference(serviceUrl.ToString(), "msteams", new ConversationAccount(conversationId), Bot, null, TenantId);

    public Task<DeliveryAddress> ResolveAsync(OutboxTarget target, CancellationToken cancellationToken)
    {
        DeliveryAddress address = Blocked.ContainsKey(target) ? new BlockedConversation()
            : Known.TryGetValue(target, out var reference) ? new KnownConversation(reference, AadObjectIds.GetValueOrDefault(target))
            : target.Kind == OutboxTargetKind.Person ? new NewPersonalChat(serviceUrl, Bot, new ChannelAccount("29:" + target.Id), TenantId)
            : new UnreachableTarget("unknown " + target);
        return Task.FromResult(address);
    }

    public Task RememberConversationAsync(OutboxTarget target, ConversationReference reference, CancellationToken cancellationToken)
    {
        Known[target] = reference;
        return Task.CompletedTask;
    }

    public Task MarkBlockedAsync(OutboxTarget target, string conversationId, CancellationToken cancellationToken)
    {
        Blocked[target] = true;
        return Task.CompletedTask;
    }
}
