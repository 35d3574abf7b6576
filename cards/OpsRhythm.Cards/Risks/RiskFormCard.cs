using OpsRhythm.Cards.Actions;
using OpsRhythm.Cards.Common;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Indicators;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Risks;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Cards.Risks;

/// <summary>
/// Registers a risk (R-5.1–5.3, 5.5): category, description, likelihood and impact, the response
/// strategy with what it needs, the owner, and optionally an indicator to watch with thresholds.
/// </summary>
public static class RiskFormCard
{
    public static AdaptiveCard Build(OrganisationProfile organisation, IndicatorCatalog catalog, IReadOnlySet<string> departments, Localizer text, IReadOnlyDictionary<string, string>? typed = null, Rejection? rejection = null)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(text);
        string? V(string key) => typed is not null && typed.TryGetValue(key, out var v) ? v : null;
        IEnumerable<CardElement> F(InputElement input) => FieldInput.With(input, rejection, text);
        var ratings = Enumerable.Range(RiskAssessment.Min, RiskAssessment.Max).Select(i => new Choice(text[$"Risks.Rating.{i}"], i.ToString(text.Culture))).ToList();
        var departmentChoices = organisation.Departments.Where(d => departments.Contains(d.Id)).Select(d => new Choice(d.Name.For(text.Culture), d.Id)).ToList();
        var people = organisation.People.Select(p => new Choice(p.Name.For(text.Culture), p.Id)).ToList();
        var body = new List<CardElement> { new TextBlock(text["Risks.Form.Title"]) { Size = TextSize.Large, Weight = TextWeight.Bolder } };
        if (rejection is not null)
        {
            body.Add(new TextBlock(RejectionText.Describe(rejection, text)) { Color = TextColor.Attention, Weight = TextWeight.Bolder });
        }

        body.AddRange(F(new InputChoiceSet(departmentChoices) { Id = RiskFields.Department, Label = text["Risks.Field.Department"], Value = V(RiskFields.Department) ?? departmentChoices.FirstOrDefault()?.Value }));
        body.AddRange(F(new InputChoiceSet([.. Enum.GetValues<RiskCategory>().Select(c => new Choice(text[$"Risks.Category.{c}"], c.ToString()))]) { Id = RiskFields.Category, Label = text["Risks.Field.Category"], Value = V(RiskFields.Category) }));
        body.AddRange(F(new InputText { Id = RiskFields.Description, Label = text["Risks.Field.Description"], IsMultiline = true, MaxLength = RiskLimits.Description, Value = V(RiskFields.Description) }));
        body.Add(new ColumnSet(
        [
            new Column([.. F(new InputChoiceSet(ratings) { Id = RiskFields.Likelihood, Label = text["Risks.Field.Likelihood"], Value = V(RiskFields.Likelihood) })]) { Width = "stretch" },
            new Column([.. F(new InputChoiceSet(ratings) { Id = RiskFields.Impact, Label = text["Risks.Field.Impact"], Value = V(RiskFields.Impact) })]) { Width = "stretch" },
        ]));
        body.AddRange(F(new InputChoiceSet(people) { Id = RiskFields.Owner, Label = text["Risks.Field.Owner"], Style = ChoiceInputStyle.Filtered, Value = V(RiskFields.Owner) }));
        body.AddRange(F(new InputChoiceSet([.. Enum.GetValues<ResponseStrategy>().Select(s => new Choice(text[$"Risks.Strategy.{s}"], s.ToString()))])
        {
            Id = RiskFields.Strategy, Label = text["Risks.Field.Strategy"], Style = ChoiceInputStyle.Expanded, Value = V(RiskFields.Strategy),
        }));
        body.Add(new TextBlock(text["Risks.Form.StrategyHint"]) { IsSubtle = true, Size = TextSize.Small });
        body.AddRange(F(new InputText { Id = RiskFields.ActionText, Label = text["Risks.Field.Action"], MaxLength = RiskLimits.Action, Value = V(RiskFields.ActionText) }));
        body.AddRange(F(new InputChoiceSet(people) { Id = RiskFields.ActionOwner, Label = text["Risks.Field.ActionOwner"], Style = ChoiceInputStyle.Filtered, Value = V(RiskFields.ActionOwner) }));
        body.AddRange(F(new InputText { Id = RiskFields.Counterparty, Label = text["Risks.Field.Counterparty"], MaxLength = RiskLimits.Counterparty, Value = V(RiskFields.Counterparty) }));
        body.AddRange(F(new InputDate { Id = RiskFields.ReviewDate, Label = text["Risks.Field.ReviewDate"], Value = V(RiskFields.ReviewDate) }));
        body.Add(new TextBlock(text["Risks.Form.WarningTitle"]) { Weight = TextWeight.Bolder, Separator = true });
        body.AddRange(F(new InputChoiceSet([.. catalog.Indicators.Select(i => new Choice(text.Format("Risks.IndicatorChoice", i.Name.For(text.Culture), i.Unit, text[$"Indicators.Direction.{i.Direction}"]), i.Id))])
        {
            Id = RiskFields.Indicator, Label = text["Risks.Field.Indicator"], Style = ChoiceInputStyle.Filtered, Value = V(RiskFields.Indicator),
        }));
        body.Add(new ColumnSet(
        [
            new Column([.. F(new InputText { Id = RiskFields.Warning, Label = text["Risks.Field.Warning"], Value = V(RiskFields.Warning) })]) { Width = "stretch" },
            new Column([.. F(new InputText { Id = RiskFields.Critical, Label = text["Risks.Field.Critical"], Value = V(RiskFields.Critical) })]) { Width = "stretch" },
        ]));
        return new AdaptiveCard(body)
        {
            Actions = [ActionData.Execute(text["Risks.Form.Submit"], RiskVerbs.Register)],
            FallbackText = text["Risks.Form.Title"],
        };
    }
}
