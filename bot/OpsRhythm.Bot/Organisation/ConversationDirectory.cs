using System.Collections.Concurrent;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Protocol.Activities;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Organisation;

/// <summary>
/// Conversation references in the organisation container, each in its own partition
/// "conv:{person, channel or conversation}" (so no partition's size or write rate grows with the
/// company): a handful of documents per person and channel, all point reads. References are written
/// when they change, so a chatty user does not cost a write per message.
/// </summary>
internal sealed class ConversationDirectory(IDocumentStore store, TimeProvider time) : IConversationDirectory
{
    /// <summary>The one partition every reference used to share; the conversation-partition migration (Delivery) empties it.</summary>
    public const string LegacyPartitionKey = "conv";

    /// <summary>The two announcements of one installation arrive within seconds; a reinstall later is welcomed again.</summary>
    public static readonly TimeSpan WelcomeWindow = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<string, ConversationReference> _written = new(StringComparer.Ordinal);

    public Task<ConversationReference?> FindForPersonAsync(string personId, CancellationToken cancellationToken) =>
        FindAsync(PersonKey(personId), cancellationToken);

    public Task<ConversationReference?> FindForChannelAsync(string channelId, CancellationToken cancellationToken) =>
        FindAsync(ChannelKey(channelId), cancellationToken);

    public Task<ConversationReference?> FindForConversationAsync(string conversationId, CancellationToken cancellationToken) =>
        FindAsync(ConversationKey(conversationId), cancellationToken);

    public async Task RememberAsync(Activity activity, Person? sender, CancellationToken cancellationToken)
    {
        if (activity.Recipient is null)
        {
            // Without the bot's own account there is no reference to post with later; the turn itself still runs.
            return;
        }

        var reference = ConversationReference.FromActivity(activity);
        var conversationId = WithoutMessageId(reference.Conversation.Id);
        reference = reference with { Conversation = reference.Conversation with { Id = conversationId } };
        await WriteIfChangedAsync(ConversationKey(conversationId), reference, cancellationToken);

        if (reference.Conversation.ConversationType is null or ConversationTypes.Personal && sender is not null)
        {
            await WriteIfChangedAsync(PersonKey(sender.Id), reference, cancellationToken);
        }

        if (reference.Conversation.ConversationType == ConversationTypes.Channel)
        {
            var channelId = activity.TeamsData?.Channel?.Id ?? conversationId;
            var channel = reference with { Conversation = reference.Conversation with { Id = channelId }, User = null };
            await WriteIfChangedAsync(ChannelKey(channelId), channel, cancellationToken);
        }
    }

    public async Task<bool> TryMarkWelcomedAsync(string conversationId, CancellationToken cancellationToken)
    {
        var key = WelcomeKey(WithoutMessageId(conversationId));
        var now = time.GetUtcNow();
        var existing = await store.ReadAsync<WelcomeRecord>(StorageContainers.Organisation, key, cancellationToken);
        try
        {
            if (existing is null)
            {
                await store.CreateAsync(StorageContainers.Organisation, key, new WelcomeRecord(now), cancellationToken);
                return true;
            }

            if (now - existing.Value.WelcomedAt < WelcomeWindow)
            {
                return false;
            }

            await store.ReplaceAsync(StorageContainers.Organisation, key, new WelcomeRecord(now), existing.ETag, cancellationToken);
            return true;
        }
        catch (Exception e) when (e is DocumentConflictException or DocumentPreconditionFailedException)
        {
            // The other announcement of the same installation won the race and welcomes the user.
            return false;
        }
    }

    private async Task<ConversationReference?> FindAsync(DocumentKey key, CancellationToken cancellationToken) =>
        (await store.ReadAsync<ConversationRecord>(StorageContainers.Organisation, key, cancellationToken))?.Value.Reference;

    private async Task WriteIfChangedAsync(DocumentKey key, ConversationReference reference, CancellationToken cancellationToken)
    {
        if (_written.TryGetValue(key.Id, out var known) && known == reference)
        {
            return;
        }

        await store.UpsertAsync(StorageContainers.Organisation, key, new ConversationRecord(reference, time.GetUtcNow()), cancellationToken);
        _written[key.Id] = reference;
    }

    /// <summary>The partition of everything stored about one person, channel or conversation.</summary>
    public static string PartitionFor(string id) => "conv:" + Safe(id);

    internal static DocumentKey PersonKey(string personId) => new(PartitionFor(personId), DocumentId("person", personId));

    internal static DocumentKey ChannelKey(string channelId) => new(PartitionFor(WithoutMessageId(channelId)), DocumentId("channel", WithoutMessageId(channelId)));

    internal static DocumentKey ConversationKey(string conversationId) => new(PartitionFor(conversationId), DocumentId("conversation", conversationId));

    internal static DocumentKey WelcomeKey(string conversationId) => new(PartitionFor(conversationId), DocumentId("welcome", conversationId));

    /// <summary>A channel thread's id ends in ";messageid=…"; the channel itself is the part before it.</summary>
    internal static string WithoutMessageId(string conversationId)
    {
        var separator = conversationId.IndexOf(";messageid=", StringComparison.OrdinalIgnoreCase);
        return separator < 0 ? conversationId : conversationId[..separator];
    }

    /// <summary>Cosmos ids may not contain '/', '\', '?' or '#'.</summary>
    private static string DocumentId(string kind, string id) => kind + ":" + Safe(id);

    private static string Safe(string id) => id.Replace('/', '_').Replace('\\', '_').Replace('?', '_').Replace('#', '_');
}
