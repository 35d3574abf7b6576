using OpsRhythm.Cards.Model;

namespace OpsRhythm.Cards.Extension;

/// <summary>
/// A form card shown in a message extension's dialog: the same inputs (and field errors) as the card verb's
/// form, with one Action.Submit instead of its Action.Execute, since a dialog's submit reaches the bot as
/// <c>composeExtension/submitAction</c> with the inputs in <c>value.data</c>.
/// </summary>
public static class DialogForm
{
    public const string CommandKey = "command";

    public static AdaptiveCard From(AdaptiveCard form, string commandId)
    {
        ArgumentNullException.ThrowIfNull(form);
        var title = form.Actions is { Count: > 0 } actions ? actions[0].Title : null;
        return form with
        {
            Actions = [new SubmitAction(new Dictionary<string, string>(StringComparer.Ordinal) { [CommandKey] = commandId }) { Title = title }],
        };
    }
}
