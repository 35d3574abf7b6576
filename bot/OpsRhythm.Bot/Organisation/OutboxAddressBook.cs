using OpsRhythm.Bot.Delivery;
using OpsRhythm.Protocol.Activities;

namespace OpsRhythm.Bot.Organisation;

/// <summary>
/// Tells the outbox dispatcher how to reach a target: a stored conversation when there is one; for a
/// person with a Teams account but no chat yet, a new 1:1 chat; for a channel of the organisation the
/// bot has not heard from, a post addressed by the channel id (Teams channel ids are conversation
/// ids). The service URL, bot account and tenant come from the last activity the bot received.
/// </summary>
public sealed class OutboxAddressBook(IConversationDirectory conversations, IOrganisationDirectory organisation) : IOutboxAddressBook
{
    public async Task<DeliveryAddress> ResolveAsync(OutboxTarget target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        var scope = ScopeOf(target);
        if (await conversations.FindAsync(scope, target.Id, cancellationToken) is { } record)
        {
            return record.Blocked
                ? new BlockedConversation()
                : new KnownConversation(record.Reference, await AadObjectIdAsync(target, cancellationToken));
        }

        var latest = await conversations.FindLatestAsync(cancellationToken);
        switch (target.Kind)
        {
            case OutboxTargetKind.Person:
                var person = (await organisation.GetAsync(cancellationToken)).FindPerson(target.Id);
                if (person?.TeamsUserId is not { } teamsUserId)
                {
                    return new UnreachableTarget(person is null ? "not in the organisation" : "no Teams account");
                }

                return latest is null
                    ? new UnreachableTarget("the bot has not received any activity yet")
                    : new NewPersonalChat(new Uri(latest.ServiceUrl), latest.Bot, new ChannelAccount(teamsUserId) { AadObjectId = person.AadObjectId }, latest.TenantId ?? string.Empty, person.AadObjectId);
            case OutboxTargetKind.Channel when latest is not null:
                var channel = new ConversationAccount(target.Id) { ConversationType = ConversationTypes.Channel, TenantId = latest.TenantId, IsGroup = true };
                return new KnownConversation(latest with { Conversation = channel, User = null });
            default:
                return new UnreachableTarget("no conversation known for " + target);
        }
    }

    public Task RememberConversationAsync(OutboxTarget target, ConversationReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        return conversations.SaveAsync(ScopeOf(target), target.Id, reference, cancellationToken);
    }

    public Task MarkBlockedAsync(OutboxTarget target, string conversationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        return conversations.MarkBlockedAsync(ScopeOf(target), target.Id, cancellationToken);
    }

    private async Task<string?> AadObjectIdAsync(OutboxTarget target, CancellationToken cancellationToken) =>
        target.Kind == OutboxTargetKind.Person ? (await organisation.GetAsync(cancellationToken)).FindPerson(target.Id)?.AadObjectId : null;

    private static ConversationScope ScopeOf(OutboxTarget target) => target.Kind switch
    {
        OutboxTargetKind.Person => ConversationScope.Person,
        OutboxTargetKind.Channel => ConversationScope.Channel,
        _ => ConversationScope.Conversation,
    };
}
