using OpsRhythm.Protocol.Activities;

namespace OpsRhythm.Bot.Delivery;

/// <summary>How a target can be reached right now.</summary>
internal abstract record DeliveryAddress;

/// <summary>A conversation the bot already knows (a channel, or a person's 1:1 chat).</summary>
internal sealed record KnownConversation(ConversationReference Reference, string? AadObjectId = null) : DeliveryAddress;

/// <summary>A person the bot has not chatted with yet: the 1:1 chat is created first (needs the tenant id).</summary>
internal sealed record NewPersonalChat(Uri ServiceUrl, ChannelAccount Bot, ChannelAccount User, string TenantId, string? AadObjectId = null) : DeliveryAddress;

/// <summary>The person blocked or uninstalled the bot.</summary>
internal sealed record BlockedConversation : DeliveryAddress;

/// <summary>Nobody to send to (e.g. a person without a Teams account, an unknown channel).</summary>
internal sealed record UnreachableTarget(string Reason) : DeliveryAddress;

/// <summary>The app is being installed for the person; their chat arrives with the install event, so try again at <see cref="RetryAt"/>.</summary>
internal sealed record AwaitingInstallation(DateTimeOffset RetryAt) : DeliveryAddress;
