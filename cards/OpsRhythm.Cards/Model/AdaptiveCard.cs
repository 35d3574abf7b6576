using System.Text.Json.Serialization;

namespace OpsRhythm.Cards.Model;

/// <summary>An Adaptive Card at schema 1.5, the version Teams renders.</summary>
public sealed record AdaptiveCard(IReadOnlyList<CardElement> Body)
{
    public const string SchemaVersion = "1.5";

    public string Type { get; } = "AdaptiveCard";

    [JsonPropertyName("$schema")]
    public string Schema { get; } = "http://adaptivecards.io/schemas/adaptive-card.json";

    public string Version { get; init; } = SchemaVersion;

    public IReadOnlyList<CardAction>? Actions { get; init; }

    /// <summary>Universal Actions refresh: the listed users (at most 60) get a card drawn for them.</summary>
    public CardRefresh? Refresh { get; init; }

    public string? FallbackText { get; init; }

    public string? Lang { get; init; }

    [JsonPropertyName("msteams")]
    public TeamsCardProperties? MsTeams { get; init; } = TeamsCardProperties.FullWidth;
}

/// <summary>
/// <see cref="UserIds"/> null leaves the list out: Teams then refreshes the card for everyone who views it in
/// a chat or channel of up to 60 people (a card shared into any chat, whose members the bot does not know).
/// </summary>
public sealed record CardRefresh([property: JsonIgnore] ExecuteAction Action, IReadOnlyList<string>? UserIds)
{
    /// <summary>
    /// The action written through its base type: serialized as its declared type, ExecuteAction would
    /// lose its "type": "Action.Execute" discriminator and clients would drop the refresh.
    /// </summary>
    [JsonPropertyName("action")]
    [JsonPropertyOrder(-1)]
    public CardAction SerializedAction => Action;

    /// <summary>Teams refreshes for at most 60 users; beyond that the card must be refreshed manually.</summary>
    public const int MaxUserIds = 60;
}

public sealed record TeamsCardProperties(string Width)
{
    public static TeamsCardProperties FullWidth { get; } = new("Full");
}
