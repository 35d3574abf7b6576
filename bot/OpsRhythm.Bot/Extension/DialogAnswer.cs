using OpsRhythm.Bot.Turns;
using OpsRhythm.Protocol.Extensions;

namespace OpsRhythm.Bot.Extension;

/// <summary>
/// What a creation run for a dialog answers instead of a card: the pipeline's <c>ShowForm</c> and <c>Show</c>
/// are replaced by ones returning this (the form again in the dialog, or the created item's card for the chat).
/// </summary>
internal sealed record DialogAnswer(ExtensionResponse Response) : CardActionResult
{
    /// <summary>The dialog's answer for any result: a refusal (403, 404) closes the dialog with its sentence.</summary>
    public static ExtensionResponse Of(CardActionResult result) => result switch
    {
        DialogAnswer dialog => dialog.Response,
        ErrorResult error => ExtensionResponse.Done(error.Message),
        MessageResult message => ExtensionResponse.Done(message.Text),
        _ => throw new InvalidOperationException($"A dialog's creation answered {result.GetType().Name}."),
    };
}
