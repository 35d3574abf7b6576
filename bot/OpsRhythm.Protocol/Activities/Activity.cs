using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpsRhythm.Protocol.Activities;

/// <summary>
/// A Bot Framework activity: the fields OpsRhythm reads or writes, with every other
/// property kept in <see cref="Extra"/> so nothing Teams sends is lost on a round trip.
/// </summary>
public sealed record Activity
{
    public string Type { get; init; } = ActivityTypes.Message;
    public string? Id { get; init; }
    public DateTimeOffset? Timestamp { get; init; }
    public DateTimeOffset? LocalTimestamp { get; init; }
    public string? LocalTimezone { get; init; }
    public string? ServiceUrl { get; init; }
    public string? ChannelId { get; init; }
    public ChannelAccount? From { get; init; }
    public ConversationAccount? Conversation { get; init; }
    public ChannelAccount? Recipient { get; init; }
    public string? TextFormat { get; init; }
    public string? Text { get; init; }
    public string? Summary { get; init; }
    public string? Locale { get; init; }
    public string? Name { get; init; }
    public string? Action { get; init; }
    public string? ReplyToId { get; init; }
    public string? AttachmentLayout { get; init; }
    public IReadOnlyList<Attachment>? Attachments { get; init; }
    public IReadOnlyList<Entity>? Entities { get; init; }
    public IReadOnlyList<ChannelAccount>? MembersAdded { get; init; }
    public IReadOnlyList<ChannelAccount>? MembersRemoved { get; init; }
    public JsonElement? ChannelData { get; init; }
    public JsonElement? Value { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; init; }

    // The views below are read from the wire fields; they are not written back (an outgoing activity stays as built).

    /// <summary>The Teams-specific part of <see cref="ChannelData"/>, when present and well formed.</summary>
    [JsonIgnore]
    public TeamsChannelData? TeamsData => ChannelData is { ValueKind: JsonValueKind.Object } data
        ? TryDeserialize<TeamsChannelData>(data)
        : null;

    /// <summary>The tenant of the activity: Teams puts it in channelData, some clients in the conversation.</summary>
    [JsonIgnore]
    public string? TenantId => TeamsData?.Tenant?.Id ?? Conversation?.TenantId;

    /// <summary>The client's locale: the activity's own, else the clientInfo entity's.</summary>
    [JsonIgnore]
    public string? EffectiveLocale => Locale ?? ClientInfo?.Locale;

    [JsonIgnore]
    public ClientInfoEntity? ClientInfo => FindEntity<ClientInfoEntity>(EntityTypes.ClientInfo);

    [JsonIgnore]
    public IEnumerable<MentionEntity> Mentions => Entities is null
        ? []
        : Entities.Where(e => e.Type == EntityTypes.Mention)
            .Select(e => e.As<MentionEntity>())
            .OfType<MentionEntity>();

    private T? FindEntity<T>(string type) where T : class =>
        Entities?.FirstOrDefault(e => e.Type == type)?.As<T>();

    private static T? TryDeserialize<T>(JsonElement element) where T : class
    {
        try
        {
            return element.Deserialize<T>(ProtocolJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
