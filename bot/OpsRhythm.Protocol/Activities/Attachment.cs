using System.Text.Json;

namespace OpsRhythm.Protocol.Activities;

/// <summary>An attachment; OpsRhythm sends Adaptive Cards as <c>application/vnd.microsoft.card.adaptive</c>.</summary>
public sealed record Attachment(string ContentType, JsonElement? Content = null)
{
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    public string? Name { get; init; }
    public string? ContentUrl { get; init; }
}
