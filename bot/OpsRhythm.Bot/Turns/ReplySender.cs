using OpsRhythm.Protocol.Activities;
using OpsRhythm.Protocol.Connector;

namespace OpsRhythm.Bot.Turns;

/// <summary>
/// Sends a turn's replies to the conversation's service URL, in order. In a channel a reply goes into
/// the thread of the message it answers; elsewhere it is a new message of the chat.
/// </summary>
internal sealed class ReplySender(IConnectorClient connector)
{
    public async Task SendAsync(IEnumerable<Activity> replies, string? banner, CancellationToken cancellationToken)
    {
        foreach (var reply in replies)
        {
            var activity = banner is null ? reply : ActingAsBanner.Apply(reply, banner);
            var (serviceUrl, conversationId) = Address(activity);
            if (activity.Conversation?.ConversationType == ConversationTypes.Channel && activity.ReplyToId is { Length: > 0 } replyTo)
            {
                await connector.ReplyToActivityAsync(serviceUrl, conversationId, replyTo, activity, cancellationToken);
            }
            else
            {
                await connector.SendToConversationAsync(serviceUrl, conversationId, activity, cancellationToken);
            }
        }
    }

    /// <summary>Replaces the activity <paramref name="activityId"/> (the card an Action.Submit came from).</summary>
    public async Task UpdateAsync(string activityId, Activity replacement, string? banner, CancellationToken cancellationToken)
    {
        var activity = (banner is null ? replacement : ActingAsBanner.Apply(replacement, banner)) with { Id = activityId };
        var (serviceUrl, conversationId) = Address(activity);
        await connector.UpdateActivityAsync(serviceUrl, conversationId, activityId, activity, cancellationToken);
    }

    private static (Uri ServiceUrl, string ConversationId) Address(Activity activity) =>
        (new Uri(activity.ServiceUrl ?? throw new InvalidOperationException("A reply has no serviceUrl."), UriKind.Absolute),
         activity.Conversation?.Id ?? throw new InvalidOperationException("A reply has no conversation."));
}
