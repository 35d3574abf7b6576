using OpsRhythm.Protocol.Activities;

namespace OpsRhythm.Bot.Delivery;

/// <summary>
/// Where the dispatcher finds a target's conversation: the conversation references the bot stored
/// when people and channels met it (the runtime's conversation directory), and where it notes a
/// newly created 1:1 chat or a person who blocked the bot.
/// </summary>
internal interface IOutboxAddressBook
{
    Task<DeliveryAddress> ResolveAsync(OutboxTarget target, CancellationToken cancellationToken);

    /// <summary>Keeps the 1:1 chat just created for a person, so the next message reuses it.</summary>
    Task RememberConversationAsync(OutboxTarget target, ConversationReference reference, CancellationToken cancellationToken);

    /// <summary>The person blocked or uninstalled the bot: stop messaging them until they install it again.</summary>
    Task MarkBlockedAsync(OutboxTarget target, string conversationId, CancellationToken cancellationToken);
}
