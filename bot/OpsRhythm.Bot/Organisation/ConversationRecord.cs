using OpsRhythm.Protocol.Activities;

namespace OpsRhythm.Bot.Organisation;

/// <summary>A stored conversation reference (ids "person:…", "channel:…", "conversation:…" in partition "conv:{that id}").</summary>
internal sealed record ConversationRecord(ConversationReference Reference, DateTimeOffset UpdatedAt);

/// <summary>When a conversation was last welcomed (id "welcome:…" in partition "conv:{that id}").</summary>
internal sealed record WelcomeRecord(DateTimeOffset WelcomedAt);
