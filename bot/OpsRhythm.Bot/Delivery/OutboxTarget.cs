using System.Text.Json.Serialization;

namespace OpsRhythm.Bot.Delivery;

/// <summary>Who a proactive message goes to: a person (their 1:1 chat), a channel, or a known conversation.</summary>
internal sealed record OutboxTarget(OutboxTargetKind Kind, string Id)
{
    public static OutboxTarget Person(string personId) => new(OutboxTargetKind.Person, personId);

    public static OutboxTarget Channel(string channelId) => new(OutboxTargetKind.Channel, channelId);

    public static OutboxTarget Conversation(string conversationId) => new(OutboxTargetKind.Conversation, conversationId);

    public override string ToString() => $"{Kind}:{Id}";
}

[JsonConverter(typeof(JsonStringEnumConverter<OutboxTargetKind>))]
internal enum OutboxTargetKind
{
    Person,
    Channel,
    Conversation,
}
