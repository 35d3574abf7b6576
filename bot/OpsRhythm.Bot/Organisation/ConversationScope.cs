namespace OpsRhythm.Bot.Organisation;

/// <summary>What a stored conversation reference is for: a person's 1:1 chat, a channel, or one conversation.</summary>
public enum ConversationScope
{
    Person,
    Channel,
    Conversation,
}
