using System.Globalization;
using OpsRhythm.Cards.Actions;
using OpsRhythm.Cards.Common;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Indicators;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Cards.Indicators;

/// <summary>The ops office plans a regular on-site inspection: department, kind, first date, inspector, how often.</summary>
public static class InspectionPlanCard
{
    public static AdaptiveCard Build(OrganisationProfile organisation, Localizer text, string today, IReadOnlyDictionary<string, string>? typed = null, Rejection? rejection = null, string? notice = null)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(text);
        var body = new List<CardElement> { CardParts.Title(text["Inspections.Plan.Title"]), CardParts.Subtle(text["Inspections.Plan.Hint"]) };
        if (notice is not null)
        {
            body.Add(CardParts.Notice(notice, TextColor.Good));
        }

        if (rejection is not null)
        {
            body.Add(CardParts.Notice(RejectionText.Describe(rejection, text)));
        }

        var repeats = InspectionScheduling.Repeats.Select(m => new Choice(text[$"Inspections.Repeat.{m}"], m.ToString(CultureInfo.InvariantCulture))).ToList();
        body.AddRange(FieldInput.With(new InputChoiceSet(CardParts.DepartmentChoices(organisation, text)) { Id = IndicatorFields.Department, Label = text["Indicators.Column.Department"], Value = CardParts.Value(typed, IndicatorFields.Department) }, rejection, text));
        body.AddRange(FieldInput.With(new InputChoiceSet(CardParts.EnumChoices<InspectionKind>(text, "Indicators.InspectionKind")) { Id = IndicatorFields.Kind, Label = text["Indicators.Inspection.Kind"], Style = ChoiceInputStyle.Expanded, Value = CardParts.Value(typed, IndicatorFields.Kind) ?? nameof(InspectionKind.OnSite) }, rejection, text));
        body.AddRange(FieldInput.With(new InputDate { Id = IndicatorFields.Date, Label = text["Indicators.Inspection.Date"], Value = CardParts.Value(typed, IndicatorFields.Date) ?? today, Min = today }, rejection, text));
        body.AddRange(FieldInput.With(new InputChoiceSet([.. organisation.WithRole(Role.OpsOffice).Select(p => new Choice(p.Name.For(text.Culture), p.Id))]) { Id = IndicatorFields.Owner, Label = text["Inspections.Plan.Inspector"], Style = ChoiceInputStyle.Filtered, Value = CardParts.Value(typed, IndicatorFields.Owner) }, rejection, text));
        body.AddRange(FieldInput.With(new InputChoiceSet(repeats) { Id = InspectionScheduleFields.Repeat, Label = text["Inspections.Plan.Repeat"], Value = CardParts.Value(typed, InspectionScheduleFields.Repeat) ?? "3" }, rejection, text));
        return new AdaptiveCard(body)
        {
            Actions = [ActionData.Execute(text["Inspections.Plan.Save"], InspectionVerbs.Schedule)],
            FallbackText = text["Inspections.Plan.Title"],
        };
    }
}
