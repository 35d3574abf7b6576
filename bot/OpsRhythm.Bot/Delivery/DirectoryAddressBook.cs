using Microsoft.Extensions.Options;
using OpsRhythm.Bot.Organisation;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Protocol.Activities;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Delivery;

/// <summary>
/// Resolves targets through the conversation directory (references learnt from incoming activities)
/// and the organisation (a person's Teams account). A person the bot never chatted with gets a 1:1
/// chat created (after the bot installed itself for them where Graph allows), and a channel it never saw a message in is addressed directly; both borrow the
/// service URL, bot account and tenant of a conversation the bot does know.
/// </summary>
internal sealed class DirectoryAddressBook(
    IConversationDirectory conversations,
    IOrganisationDirectory organisation,
    IDocumentStore store,
    IOptions<DeliveryOptions> options,
    TimeProvider timeProvider,
    PersonalInstallation? installation = null) : IOutboxAddressBook
{
    private ConversationReference? _template;

    public async Task<DeliveryAddress> ResolveAsync(OutboxTarget target, CancellationToken cancellationToken)
    {
        var blocked = await store.ReadAsync<BlockedConversationRecord>(StorageContainers.Organisation, BlockedKey(target), cancellationToken);
        if (blocked is not null && blocked.Value.BlockedAt + options.Value.BlockedRecheckAfter > timeProvider.GetUtcNow())
        {
            return new BlockedConversation();
        }

        var profile = await organisation.GetAsync(cancellationToken);
        return target.Kind switch
        {
            OutboxTargetKind.Person => await ResolvePersonAsync(profile, target.Id, cancellationToken),
            OutboxTargetKind.Channel => await conversations.FindForChannelAsync(target.Id, cancellationToken) is { } channel
                ? new KnownConversation(channel)
                : await BorrowAsync(profile, target.Id, ConversationTypes.Channel, cancellationToken),
            _ => await conversations.FindForConversationAsync(target.Id, cancellationToken) is { } conversation
                ? new KnownConversation(conversation)
                : await BorrowAsync(profile, target.Id, null, cancellationToken),
        };
    }

    public Task RememberConversationAsync(OutboxTarget target, ConversationReference reference, CancellationToken cancellationToken)
    {
        // The directory learns a person's chat from their next message or install event; until then
        // Teams answers the same conversation id to every create, so nothing needs storing here.
        _template ??= reference;
        return Task.CompletedTask;
    }

    public Task MarkBlockedAsync(OutboxTarget target, string conversationId, CancellationToken cancellationToken) =>
        store.UpsertAsync(StorageContainers.Organisation, BlockedKey(target), new BlockedConversationRecord(target, conversationId, timeProvider.GetUtcNow()), cancellationToken);

    private async Task<DeliveryAddress> ResolvePersonAsync(OrganisationProfile profile, string personId, CancellationToken cancellationToken)
    {
        var person = profile.FindPerson(personId);
        if (person is null)
        {
            return new UnreachableTarget($"no person {personId} in the organisation");
        }

        if (await conversations.FindForPersonAsync(personId, cancellationToken) is { } chat)
        {
            return new KnownConversation(chat, person.AadObjectId);
        }

        // No chat yet: install the app for them (Graph) and wait for the install event's conversation.
        if (installation is not null && await installation.ReachAsync(profile, person, cancellationToken) is { } waiting)
        {
            return waiting;
        }

        if (person.TeamsUserId is null)
        {
            return new UnreachableTarget($"{personId} has no Teams account");
        }

        var template = await TemplateAsync(profile, cancellationToken);
        if (template is null)
        {
            return new UnreachableTarget("the bot knows no conversation in the tenant yet");
        }

        var tenant = template.TenantId ?? template.Conversation.TenantId ?? string.Empty;
        var user = new ChannelAccount(person.TeamsUserId, person.Name.ZhCn) { AadObjectId = person.AadObjectId };
        return new NewPersonalChat(new Uri(template.ServiceUrl), template.Bot, user, tenant, person.AadObjectId);
    }

    private async Task<DeliveryAddress> BorrowAsync(OrganisationProfile profile, string conversationId, string? conversationType, CancellationToken cancellationToken)
    {
        var template = await TemplateAsync(profile, cancellationToken);
        if (template is null)
        {
            return new UnreachableTarget("the bot knows no conversation in the tenant yet");
        }

        var conversation = new ConversationAccount(conversationId) { ConversationType = conversationType, TenantId = template.TenantId };
        return new KnownConversation(template with { Conversation = conversation, User = null });
    }

    /// <summary>Any conversation the bot knows in this tenant: the ops channel first, then other channels, then people.</summary>
    private async Task<ConversationReference?> TemplateAsync(OrganisationProfile profile, CancellationToken cancellationToken)
    {
        if (_template is not null)
        {
            return _template;
        }

        var channels = new[] { profile.OpsChannelId, profile.AnnouncementChannelId }
            .Concat(profile.Departments.Select(d => d.ChannelId))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal);
        foreach (var channel in channels)
        {
            if (await conversations.FindForChannelAsync(channel, cancellationToken) is { } found)
            {
                return _template = found;
            }
        }

        foreach (var person in profile.People.Where(p => p.TeamsUserId is not null))
        {
            if (await conversations.FindForPersonAsync(person.Id, cancellationToken) is { } found)
            {
                return _template = found;
            }
        }

        return null;
    }

    private static DocumentKey BlockedKey(OutboxTarget target) =>
        new(ConversationDirectory.PartitionFor(target.Id), $"blocked:{target.Kind}:{target.Id}".Replace('/', '_').Replace('#', '_').Replace('?', '_'));
}
