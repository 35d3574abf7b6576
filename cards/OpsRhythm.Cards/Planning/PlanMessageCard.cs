using OpsRhythm.Cards.Actions;
using OpsRhythm.Cards.Model;

namespace OpsRhythm.Cards.Planning;

/// <summary>
/// A short notification (a cycle opened, a plan returned or submitted, a decision taken) with one
/// button that opens the thing it is about. Texts are already localized for the recipient.
/// </summary>
public static class PlanMessageCard
{
    public static AdaptiveCard Build(string title, IReadOnlyList<string> lines, string? buttonTitle = null, string? verb = null, string? entityId = null, string? quote = null)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var body = new List<CardElement> { PlanCardParts.Title(title) };
        body.AddRange(lines.Select(line => new TextBlock(line)));
        if (!string.IsNullOrWhiteSpace(quote))
        {
            body.Add(new Container([new TextBlock(quote) { IsSubtle = true }]) { Style = ContainerStyle.Emphasis });
        }

        return new AdaptiveCard(body)
        {
            FallbackText = title,
            Actions = buttonTitle is not null && verb is not null ? [ActionData.Execute(buttonTitle, verb, entityId)] : null,
        };
    }
}
