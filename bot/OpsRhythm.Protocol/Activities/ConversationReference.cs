namespace OpsRhythm.Protocol.Activities;

/// <summary>What is needed to message a conversation later (proactively): where, with whom, as which bot.</summary>
public sealed record ConversationReference(
    string ServiceUrl,
    string ChannelId,
    ConversationAccount Conversation,
    ChannelAccount Bot,
    ChannelAccount? User,
    string? TenantId)
{
    public static ConversationReference FromActivity(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return new ConversationReference(
            activity.ServiceUrl ?? throw new ArgumentException("The activity has no serviceUrl.", nameof(activity)),
            activity.ChannelId ?? "msteams",
            activity.Conversation ?? throw new ArgumentException("The activity has no conversation.", nameof(activity)),
            activity.Recipient ?? throw new ArgumentException("The activity has no recipient.", nameof(activity)),
            activity.From,
            activity.TenantId);
    }
}
