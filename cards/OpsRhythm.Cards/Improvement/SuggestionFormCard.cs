using OpsRhythm.Cards.Actions;
using OpsRhythm.Cards.Common;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Improvement;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Cards.Improvement;

/// <summary>Any employee proposes an improvement: the problem, the proposal and the expected benefit.</summary>
public static class SuggestionFormCard
{
    public static AdaptiveCard Build(Localizer text, IReadOnlyDictionary<string, string>? typed = null, Rejection? rejection = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        string? V(string key) => typed is not null && typed.TryGetValue(key, out var v) ? v : null;
        var body = new List<CardElement>
        {
            new TextBlock(text["Improvement.Form.Title"]) { Size = TextSize.Large, Weight = TextWeight.Bolder },
            new TextBlock(text["Improvement.Form.Hint"]) { IsSubtle = true, Spacing = Spacing.None },
        };
        body.AddRange(FieldInput.With(new InputText { Id = ImprovementFields.Problem, Label = text["Improvement.Field.Problem"], IsMultiline = true, MaxLength = ImprovementLimits.Problem, Value = V(ImprovementFields.Problem) }, rejection, text));
        body.AddRange(FieldInput.With(new InputText { Id = ImprovementFields.Proposal, Label = text["Improvement.Field.Proposal"], IsMultiline = true, MaxLength = ImprovementLimits.Proposal, Value = V(ImprovementFields.Proposal) }, rejection, text));
        body.AddRange(FieldInput.With(new InputText { Id = ImprovementFields.Benefit, Label = text["Improvement.Field.Benefit"], IsMultiline = true, MaxLength = ImprovementLimits.Benefit, Value = V(ImprovementFields.Benefit) }, rejection, text));
        body.Add(new InputToggle(text["Improvement.Field.MayThank"]) { Id = ImprovementFields.MayThank, Value = V(ImprovementFields.MayThank) ?? "true" });
        return new AdaptiveCard(body)
        {
            Actions = [ActionData.Execute(text["Improvement.Form.Submit"], ImprovementVerbs.Submit)],
            FallbackText = text["Improvement.Form.Title"],
        };
    }
}
