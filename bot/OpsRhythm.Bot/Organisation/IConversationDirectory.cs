using OpsRhythm.Domain.Organisation;
using OpsRhythm.Protocol.Activities;

namespace OpsRhythm.Bot.Organisation;

/// <summary>
/// Where the bot can post later (proactively): a person's 1:1 chat, a channel, any conversation it
/// has seen. References are learnt from incoming activities (install events and messages).
/// </summary>
internal interface IConversationDirectory
{
    Task<ConversationReference?> FindForPersonAsync(string personId, CancellationToken cancellationToken);

    Task<ConversationReference?> FindForChannelAsync(string channelId, CancellationToken cancellationToken);

    Task<ConversationReference?> FindForConversationAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Stores what <paramref name="activity"/> reveals: its conversation, the sender's 1:1 chat, its channel.</summary>
    Task RememberAsync(Activity activity, Person? sender, CancellationToken cancellationToken);

    /// <summary>
    /// True for the first caller only, within a few minutes: Teams announces one installation with
    /// both an installationUpdate and a conversationUpdate, and the user should be welcomed once.
    /// </summary>
    Task<bool> TryMarkWelcomedAsync(string conversationId, CancellationToken cancellationToken);
}
