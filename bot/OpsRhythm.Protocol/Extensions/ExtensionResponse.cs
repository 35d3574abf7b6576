using System.Text.Json;
using OpsRhythm.Protocol.Activities;

namespace OpsRhythm.Protocol.Extensions;

/// <summary>
/// The body of the answer to a message extension invoke: results for the compose box (<see cref="ComposeExtension"/>)
/// or a dialog to open or close (<see cref="Task"/>). Teams reads it from the HTTP 200 body as it is.
/// </summary>
public sealed record ExtensionResponse(ExtensionResult? ComposeExtension, ExtensionTask? Task)
{
    /// <summary>A list of results; each attachment carries its card and the preview the compose box shows.</summary>
    public static ExtensionResponse Results(IReadOnlyList<ExtensionAttachment> attachments) =>
        new(new ExtensionResult("result") { AttachmentLayout = "list", Attachments = attachments }, null);

    /// <summary>A short text in the compose box instead of results (nothing found is still a list).</summary>
    public static ExtensionResponse Message(string text) => new(new ExtensionResult("message") { Text = text }, null);

    /// <summary>Opens (or keeps open) a dialog with this Adaptive Card.</summary>
    public static ExtensionResponse Dialog(string title, JsonElement card) =>
        new(null, new ExtensionTask("continue", JsonSerializer.SerializeToElement(new ExtensionDialog(title, new ExtensionCardAttachment(ExtensionAttachment.AdaptiveCard, card)), ProtocolJson.Options)));

    /// <summary>Closes the dialog and shows a short message.</summary>
    public static ExtensionResponse Done(string text) =>
        new(null, new ExtensionTask("message", JsonSerializer.SerializeToElement(text, ProtocolJson.Options)));
}

public sealed record ExtensionResult(string Type)
{
    public string? AttachmentLayout { get; init; }

    public IReadOnlyList<ExtensionAttachment>? Attachments { get; init; }

    public string? Text { get; init; }
}

/// <summary>A result: the card that goes into the message, and its preview in the result list.</summary>
public sealed record ExtensionAttachment(string ContentType, JsonElement Content, ExtensionPreview? Preview)
{
    public const string AdaptiveCard = "application/vnd.microsoft.card.adaptive";
    public const string ThumbnailCard = "application/vnd.microsoft.card.thumbnail";
}

/// <summary>The thumbnail card a result shows in the list: a title and a line of text.</summary>
public sealed record ExtensionPreview(string ContentType, ExtensionThumbnail Content);

public sealed record ExtensionThumbnail(string Title, string? Text);

/// <summary>A dialog step: "continue" with a card, or "message" with text.</summary>
public sealed record ExtensionTask(string Type, JsonElement Value);

internal sealed record ExtensionDialog(string Title, ExtensionCardAttachment Card);

internal sealed record ExtensionCardAttachment(string ContentType, JsonElement Content);
