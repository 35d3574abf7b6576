using System.Globalization;
using OpsRhythm.Cards.Actions;
using OpsRhythm.Cards.Common;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Improvement;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Cards.Improvement;

/// <summary>
/// A suggestion. For the ops office while it is open: score feasibility, effectiveness and
/// cost-benefit, then accept with reward points or decline with a reason. For everyone else: its status.
/// </summary>
public static class SuggestionCard
{
    public static AdaptiveCard Build(Suggestion suggestion, string version, OrganisationProfile organisation, Localizer text, bool canEvaluate, IReadOnlyDictionary<string, string>? typed = null, Rejection? rejection = null, string? notice = null)
    {
        ArgumentNullException.ThrowIfNull(suggestion);
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(text);
        string? V(string key) => typed is not null && typed.TryGetValue(key, out var v) ? v : null;
        var facts = new List<Fact>
        {
            new(text["Improvement.Field.Proposer"], organisation.FindPerson(suggestion.ProposerPersonId)?.Name.For(text.Culture) ?? suggestion.ProposerPersonId),
            new(text["Improvement.Field.Problem"], suggestion.Problem),
            new(text["Improvement.Field.Proposal"], suggestion.Proposal),
            new(text["Improvement.Field.Benefit"], suggestion.ExpectedBenefit),
            new(text["Improvement.Field.State"], text[$"Improvement.State.{suggestion.State}"]),
        };
        if (suggestion.Scores is { } s)
        {
            facts.Add(new(text["Improvement.Field.Scores"], text.Format("Improvement.ScoresText", s.Feasibility, s.Effectiveness, s.CostBenefit, s.Total)));
            facts.Add(new(text["Improvement.Field.Points"], suggestion.RewardPoints.ToString(text.Culture)));
        }

        if (suggestion.DecisionReason is { } reason)
        {
            facts.Add(new(text["Improvement.Field.Reason"], reason));
        }

        var body = new List<CardElement>
        {
            new TextBlock(text["Improvement.Card.Title"]) { Size = TextSize.Large, Weight = TextWeight.Bolder },
            new FactSet(facts),
        };
        if (notice is not null)
        {
            body.Add(new TextBlock(notice) { Color = TextColor.Good, Weight = TextWeight.Bolder });
        }

        if (rejection is not null)
        {
            body.Add(new TextBlock(RejectionText.Describe(rejection, text)) { Color = TextColor.Attention, Weight = TextWeight.Bolder });
        }

        if (!canEvaluate || suggestion.State != SuggestionState.Submitted)
        {
            return new AdaptiveCard(body) { FallbackText = suggestion.Problem };
        }

        var scores = Enumerable.Range(1, 5).Select(i => new Choice(i.ToString(CultureInfo.InvariantCulture), i.ToString(CultureInfo.InvariantCulture))).ToList();
        body.Add(new ColumnSet(
        [
            new Column([.. FieldInput.With(new InputChoiceSet(scores) { Id = ImprovementFields.Feasibility, Label = text["Improvement.Field.Feasibility"], Value = V(ImprovementFields.Feasibility) }, rejection, text)]) { Width = "stretch" },
            new Column([.. FieldInput.With(new InputChoiceSet(scores) { Id = ImprovementFields.Effectiveness, Label = text["Improvement.Field.Effectiveness"], Value = V(ImprovementFields.Effectiveness) }, rejection, text)]) { Width = "stretch" },
            new Column([.. FieldInput.With(new InputChoiceSet(scores) { Id = ImprovementFields.CostBenefit, Label = text["Improvement.Field.CostBenefit"], Value = V(ImprovementFields.CostBenefit) }, rejection, text)]) { Width = "stretch" },
        ]) { Separator = true });
        body.AddRange(FieldInput.With(new InputNumber { Id = ImprovementFields.Points, Label = text["Improvement.Field.Points"], Min = 1, Max = SuggestionMachine.MaxPoints, Value = double.TryParse(V(ImprovementFields.Points), CultureInfo.InvariantCulture, out var p) ? p : null }, rejection, text));
        body.AddRange(FieldInput.With(new InputText { Id = ImprovementFields.Reason, Label = text["Improvement.Field.Reason"], IsMultiline = true, MaxLength = ImprovementLimits.Reason, Value = V(ImprovementFields.Reason) }, rejection, text));
        return new AdaptiveCard(body)
        {
            Actions =
            [
                ActionData.Execute(text["Improvement.Accept"], ImprovementVerbs.Accept, suggestion.Id, version) with { Style = ActionStyle.Positive },
                ActionData.Execute(text["Improvement.Decline"], ImprovementVerbs.Decline, suggestion.Id, version) with { Style = ActionStyle.Destructive },
            ],
            FallbackText = suggestion.Problem,
        };
    }
}
