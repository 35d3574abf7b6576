using System.Collections.Concurrent;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Protocol.Activities;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Organisation;

/// <summary>
/// Conversation references in the organisation container, partition "conv": a handful of documents
/// per person and channel, all point reads. References are written when they change, so a chatty
/// user does not cost a write per message; install events always write (and so clear a block).
/// </summary>
public sealed class ConversationDirectory(IDocumentStore store, TimeProvider time) : IConversationDirectory
{
    public const string PartitionKey = "conv";

    /// <summary>The two announcements of one installation arrive within seconds; a reinstall later is welcomed again.</summary>
    public static readonly TimeSpan WelcomeWindow = TimeSpan.FromMinutes(5);

    private static readonly DocumentKey LatestKey = new(PartitionKey, "latest");

    private readonly ConcurrentDictionary<string, ConversationReference> _written = new(StringComparer.Ordinal);

    public async Task<ConversationRecord?> FindAsync(ConversationScope scope, string id, CancellationToken cancellationToken) =>
        (await store.ReadAsync<ConversationRecord>(StorageContainers.Organisation, Key(scope, id), cancellationToken))?.Value;

    public Task SaveAsync(ConversationScope scope, string id, ConversationReference reference, CancellationToken cancellationToken) =>
        WriteAsync(Key(scope, id), reference, force: true, cancellationToken);

    public async Task MarkBlockedAsync(ConversationScope scope, string id, CancellationToken cancellationToken)
    {
        var key = Key(scope, id);
        if (await store.ReadAsync<ConversationRecord>(StorageContainers.Organisation, key, cancellationToken) is { } existing)
        {
            await store.UpsertAsync(StorageContainers.Organisation, key, existing.Value with { Blocked = true, UpdatedAt = time.GetUtcNow() }, cancellationToken);
        }

        _written.TryRemove(key.Id, out _);
    }

    public async Task<ConversationReference?> FindLatestAsync(CancellationToken cancellationToken) =>
        (await store.ReadAsync<ConversationRecord>(StorageContainers.Organisation, LatestKey, cancellationToken))?.Value.Reference;

    public async Task RememberAsync(Activity activity, Person? sender, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Recipient is null)
        {
            // Without the bot's own account there is no reference to post with later; the turn itself still runs.
            return;
        }

        var force = activity.Type is ActivityTypes.InstallationUpdate or ActivityTypes.ConversationUpdate;
        var reference = ConversationReference.FromActivity(activity);
        var conversationId = WithoutMessageId(reference.Conversation.Id);
        reference = reference with { Conversation = reference.Conversation with { Id = conversationId } };
        await WriteAsync(Key(ConversationScope.Conversation, conversationId), reference, force, cancellationToken);
        await WriteAsync(LatestKey, reference with { User = null }, force: false, cancellationToken);

        if (reference.Conversation.ConversationType is null or ConversationTypes.Personal && sender is not null)
        {
            await WriteAsync(Key(ConversationScope.Person, sender.Id), reference, force, cancellationToken);
        }

        if (reference.Conversation.ConversationType == ConversationTypes.Channel)
        {
            var channelId = activity.TeamsData?.Channel?.Id ?? conversationId;
            var channel = reference with { Conversation = reference.Conversation with { Id = channelId }, User = null };
            await WriteAsync(Key(ConversationScope.Channel, channelId), channel, force, cancellationToken);
        }
    }

    public async Task<bool> TryMarkWelcomedAsync(string conversationId, CancellationToken cancellationToken)
    {
        var key = new DocumentKey(PartitionKey, DocumentId("welcome", WithoutMessageId(conversationId)));
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

    private async Task WriteAsync(DocumentKey key, ConversationReference reference, bool force, CancellationToken cancellationToken)
    {
        if (!force && _written.TryGetValue(key.Id, out var known) && known == reference)
        {
            return;
        }

        await store.UpsertAsync(StorageContainers.Organisation, key, new ConversationRecord(reference, time.GetUtcNow()), cancellationToken);
        _written[key.Id] = reference;
    }

    private static DocumentKey Key(ConversationScope scope, string id) => scope switch
    {
        ConversationScope.Person => new(PartitionKey, DocumentId("person", id)),
        ConversationScope.Channel => new(PartitionKey, DocumentId("channel", WithoutMessageId(id))),
        _ => new(PartitionKey, DocumentId("conversation", id)),
    };

    /// <summary>A channel thread's id ends in ";messageid=…"; the channel itself is the part before it.</summary>
    internal static string WithoutMessageId(string conversationId)
    {
        var separator = conversationId.IndexOf(";messageid=", StringComparison.OrdinalIgnoreCase);
        return separator < 0 ? conversationId : conversationId[..separator];
    }

    /// <summary>Cosmos ids may not contain '/', '\', '?' or '#'.</summary>
    private static string DocumentId(string kind, string id) =>
        kind + ":" + id.Replace('/', '_').Replace('\\', '_').Replace('?', '_').Replace('#', '_');
}
