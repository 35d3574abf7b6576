using OpsRhythm.Cards.Actions;
using OpsRhythm.Cards.Common;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Indicators;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Cards.Indicators;

/// <summary>
/// The ops office records an inspection or special audit. Findings go one per line; each
/// becomes an improvement action for the chosen owner with the given deadline.
/// </summary>
public static class InspectionCard
{
    public static AdaptiveCard Build(OrganisationProfile organisation, Localizer text, string today, IReadOnlyDictionary<string, string>? typed = null, Rejection? rejection = null)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(text);
        var body = new List<CardElement> { CardParts.Title(text["Indicators.Inspection.Title"]) };
        if (rejection is not null)
        {
            body.Add(CardParts.Notice(RejectionText.Describe(rejection, text)));
        }

        body.AddRange(FieldInput.With(new InputChoiceSet(CardParts.DepartmentChoices(organisation, text)) { Id = IndicatorFields.Department, Label = text["Indicators.Column.Department"], Value = CardParts.Value(typed, IndicatorFields.Department) }, rejection, text));
        body.AddRange(FieldInput.With(new InputChoiceSet(CardParts.EnumChoices<InspectionKind>(text, "Indicators.InspectionKind")) { Id = IndicatorFields.Kind, Label = text["Indicators.Inspection.Kind"], Style = ChoiceInputStyle.Expanded, Value = CardParts.Value(typed, IndicatorFields.Kind) ?? nameof(InspectionKind.OnSite) }, rejection, text));
        body.AddRange(FieldInput.With(new InputDate { Id = IndicatorFields.Date, Label = text["Indicators.Inspection.Date"], Value = CardParts.Value(typed, IndicatorFields.Date) ?? today }, rejection, text));
        body.AddRange(FieldInput.With(new InputChoiceSet(CardParts.EnumChoices<InspectionRating>(text, "Indicators.Rating")) { Id = IndicatorFields.Rating, Label = text["Indicators.Inspection.Rating"], Value = CardParts.Value(typed, IndicatorFields.Rating) }, rejection, text));
        body.AddRange(FieldInput.With(new InputText { Id = IndicatorFields.Findings, Label = text["Indicators.Inspection.Findings"], IsMultiline = true, Value = CardParts.Value(typed, IndicatorFields.Findings), MaxLength = IndicatorLimits.InspectionFindings }, rejection, text));
        body.AddRange(FieldInput.With(new InputChoiceSet(CardParts.PersonChoices(organisation, text)) { Id = IndicatorFields.Owner, Label = text["Indicators.Inspection.Owner"], Style = ChoiceInputStyle.Filtered, Value = CardParts.Value(typed, IndicatorFields.Owner) }, rejection, text));
        body.AddRange(FieldInput.With(new InputDate { Id = IndicatorFields.Deadline, Label = text["Indicators.Inspection.Deadline"], Value = CardParts.Value(typed, IndicatorFields.Deadline) }, rejection, text));
        return new AdaptiveCard(body)
        {
            Actions = [ActionData.Execute(text["Indicators.Save"], IndicatorVerbs.SaveInspection)],
            FallbackText = text["Indicators.Inspection.Title"],
        };
    }

    /// <summary>The recorded inspection and the actions it opened.</summary>
    public static AdaptiveCard Recorded(Inspection inspection, IReadOnlyList<ImprovementAction> actions, OrganisationProfile organisation, Localizer text)
    {
        ArgumentNullException.ThrowIfNull(inspection);
        ArgumentNullException.ThrowIfNull(actions);
        ArgumentNullException.ThrowIfNull(text);
        var body = new List<CardElement>
        {
            CardParts.Title(text["Indicators.Inspection.Recorded"]),
            new FactSet(
            [
                new Fact(text["Indicators.Column.Department"], CardParts.DepartmentName(organisation, inspection.DepartmentId, text)),
                new Fact(text["Indicators.Inspection.Kind"], text[$"Indicators.InspectionKind.{inspection.Kind}"]),
                new Fact(text["Indicators.Inspection.Date"], CardParts.Date(inspection.Date, text)),
                new Fact(text["Indicators.Inspection.Rating"], text[$"Indicators.Rating.{inspection.Rating}"]),
            ]),
        };
        if (actions.Count == 0)
        {
            body.Add(CardParts.Subtle(text["Indicators.Inspection.NoFindings"]));
        }
        else
        {
            body.Add(CardParts.Table(
                [4, 2, 2],
                [text["Indicators.Inspection.Findings"], text["Indicators.Inspection.Owner"], text["Indicators.Inspection.Deadline"]],
                actions.Select(a => (IReadOnlyList<CardElement>)
                [
                    CardParts.Cell(a.Finding), CardParts.Cell(CardParts.PersonName(organisation, a.OwnerPersonId, text)), CardParts.Cell(CardParts.Date(a.Deadline, text)),
                ])));
        }

        return new AdaptiveCard(body) { FallbackText = text["Indicators.Inspection.Recorded"] };
    }
}
