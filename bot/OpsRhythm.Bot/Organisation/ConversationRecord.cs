using OpsRhythm.Protocol.Activities;

namespace OpsRhythm.Bot.Organisation;

/// <summary>A stored conversation reference (ids "person:…", "channel:…", "conversation:…", "latest" in partition "conv").</summary>
public sealed record ConversationRecord(ConversationReference Reference, DateTimeOffset UpdatedAt)
{
    /// <summary>The person blocked or uninstalled the bot (403 MessageWritesBlocked); cleared when they install it again.</summary>
    public bool Blocked { get; init; }
}

/// <summary>When a conversation was last welcomed (id "welcome:…" in partition "conv").</summary>
public sealed record WelcomeRecord(DateTimeOffset WelcomedAt);
