using OpsRhythm.Cards.Extension;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Protocol.Extensions;

namespace OpsRhythm.Bot.Extension;

/// <summary>A shared item as a compose-box result: its card (what goes into the chat) and its preview in the list.</summary>
internal static class SharedItemResults
{
    public static ExtensionAttachment Attachment(SharedItemView view, Localizer text)
    {
        var card = CardJson.ToElement(SharedItemCard.Build(view, text));
        var kind = text[$"Extension.Kind.{view.Kind}"];
        var preview = new ExtensionThumbnail(view.Restricted is null ? view.Title : kind, view.Restricted is null ? $"{kind} · {view.Summary}" : view.Restricted);
        return new ExtensionAttachment(ExtensionAttachment.AdaptiveCard, card, new ExtensionPreview(ExtensionAttachment.ThumbnailCard, preview));
    }

    public static ExtensionResponse One(SharedItemView view, Localizer text) => ExtensionResponse.Results([Attachment(view, text)]);
}
