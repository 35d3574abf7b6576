using OpsRhythm.Bot.Improvement;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Cards.Extension;
using OpsRhythm.Cards.Improvement;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Improvement;
using OpsRhythm.Protocol.Extensions;

namespace OpsRhythm.Bot.Extension;

/// <summary>
/// "记为改进建议": the suggestion form in a dialog, the problem taken from the message; its submit is the suggestion
/// verb's own submission (<see cref="ImprovementCardHandler.Submission"/>): the ops channel's evaluation card is
/// committed with it. The dialog closes saying it was submitted; a suggestion is the submitter's, not the chat's.
/// </summary>
internal sealed class RecordSuggestionCommand(ImprovementCardHandler suggestions, CardPipeline pipeline) : IMessageCommand
{
    public string CommandId => ExtensionCommands.RecordSuggestion;

    public VerbAccess Access => suggestions.Access[ImprovementVerbs.Submit];

    public Task<ExtensionResponse> FetchAsync(ExtensionTurn turn, ExtensionMessage? message, CancellationToken cancellationToken)
    {
        var typed = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [ImprovementFields.Problem] = ExtensionText.FromMessage(message?.Body?.Content, message?.Body?.ContentType, ImprovementLimits.Problem),
        };
        return Task.FromResult(Dialog(turn, SuggestionFormCard.Build(turn.Text, typed)));
    }

    public async Task<ExtensionResponse> SubmitAsync(ExtensionTurn turn, CardTurn card, CancellationToken cancellationToken)
    {
        var submission = suggestions.Submission(card);
        var result = await pipeline.CreateAsync(card, submission with
        {
            ShowForm = rejection => submission.ShowForm(rejection) is CardResult form ? new DialogAnswer(Dialog(turn, form.Card)) : submission.ShowForm(rejection),
            Show = (_, note, _) => Task.FromResult<CardActionResult>(new DialogAnswer(ExtensionResponse.Done(note.Notice ?? turn.Text["Improvement.Submitted"]))),
        }, cancellationToken);
        return DialogAnswer.Of(result);
    }

    private ExtensionResponse Dialog(ExtensionTurn turn, AdaptiveCard form) =>
        ExtensionResponse.Dialog(turn.Text["Extension.Command.RecordSuggestion"], CardJson.ToElement(DialogForm.From(form, CommandId)));
}
