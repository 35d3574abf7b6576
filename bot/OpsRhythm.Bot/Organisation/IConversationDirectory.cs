using OpsRhythm.Domain.Organisation;
using OpsRhythm.Protocol.Activities;

namespace OpsRhythm.Bot.Organisation;

/// <summary>
/// Where the bot can post later (proactively): a person's 1:1 chat, a channel, any conversation it
/// has seen. References are learnt from incoming activities (install events and messages).
/// </summary>
public interface IConversationDirectory
{
    Task<ConversationRecord?> FindAsync(ConversationScope scope, string id, CancellationToken cancellationToken);

    Task SaveAsync(ConversationScope scope, string id, ConversationReference reference, CancellationToken cancellationToken);

    /// <summary>Stops deliveries to the scope until an installation event or a new reference clears it.</summary>
    Task MarkBlockedAsync(ConversationScope scope, string id, CancellationToken cancellationToken);

    /// <summary>The service URL, bot account and tenant last seen: what a new 1:1 chat or a first channel post is addressed with.</summary>
    Task<ConversationReference?> FindLatestAsync(CancellationToken cancellationToken);

    /// <summary>Stores what <paramref name="activity"/> reveals: its conversation, the sender's 1:1 chat, its channel.</summary>
    Task RememberAsync(Activity activity, Person? sender, CancellationToken cancellationToken);

    /// <summary>
    /// True for the first caller only, within a few minutes: Teams announces one installation with
    /// both an installationUpdate and a conversationUpdate, and the user should be welcomed once.
    /// </summary>
    Task<bool> TryMarkWelcomedAsync(string conversationId, CancellationToken cancellationToken);
}
