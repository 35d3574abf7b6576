using OpsRhythm.Cards.Actions;
using OpsRhythm.Cards.Common;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Indicators;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Cards.Indicators;

/// <summary>
/// One figure at a time: department, indicator, period, value or target. What was typed comes back
/// with the errors under their fields; a saved figure comes back as a notice on a fresh form.
/// </summary>
public static class FigureEntryCard
{
    public static AdaptiveCard Build(
        OrganisationProfile organisation,
        IndicatorCatalog catalog,
        IReadOnlySet<string> departments,
        string defaultPeriod,
        Localizer text,
        IReadOnlyDictionary<string, string>? typed = null,
        Rejection? rejection = null,
        string? notice = null)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(text);
        var body = new List<CardElement> { CardParts.Title(text["Indicators.Entry.Title"]), CardParts.Subtle(text["Indicators.Entry.Hint"]) };
        if (notice is not null)
        {
            body.Add(CardParts.Notice(notice, TextColor.Good));
        }

        if (rejection is not null)
        {
            body.Add(CardParts.Notice(RejectionText.Describe(rejection, text)));
        }

        var departmentChoices = CardParts.DepartmentChoices(organisation, text, departments);
        body.AddRange(FieldInput.With(new InputChoiceSet(departmentChoices)
        {
            Id = IndicatorFields.Department, Label = text["Indicators.Column.Department"], IsRequired = true, ErrorMessage = text["Indicators.Validation.Required"],
            Value = CardParts.Value(typed, IndicatorFields.Department) ?? (departmentChoices.Count > 0 ? departmentChoices[0].Value : null),
        }, rejection, text));
        body.AddRange(FieldInput.With(new InputChoiceSet([.. catalog.Indicators.Select(i => new Choice($"{i.Name.For(text.Culture)} ({i.Unit})", i.Id))])
        {
            Id = IndicatorFields.Indicator, Label = text["Indicators.Column.Indicator"], IsRequired = true, ErrorMessage = text["Indicators.Validation.Required"],
            Style = ChoiceInputStyle.Filtered, Value = CardParts.Value(typed, IndicatorFields.Indicator),
        }, rejection, text));
        body.AddRange(FieldInput.With(new InputText
        {
            Id = IndicatorFields.Period, Label = text["Indicators.Column.Period"], Placeholder = text["Indicators.Entry.PeriodPlaceholder"],
            Value = CardParts.Value(typed, IndicatorFields.Period) ?? defaultPeriod, IsRequired = true, ErrorMessage = text["Indicators.Validation.Required"],
        }, rejection, text));
        body.AddRange(FieldInput.With(new InputChoiceSet(CardParts.EnumChoices<FigureKind>(text, "Indicators.Kind"))
        {
            Id = IndicatorFields.Kind, Label = text["Indicators.Entry.Kind"], Style = ChoiceInputStyle.Expanded, Value = CardParts.Value(typed, IndicatorFields.Kind) ?? nameof(FigureKind.Value),
        }, rejection, text));
        body.AddRange(FieldInput.With(new InputText
        {
            Id = IndicatorFields.Value, Label = text["Indicators.Column.Value"], Value = CardParts.Value(typed, IndicatorFields.Value), IsRequired = true, ErrorMessage = text["Indicators.Validation.Required"],
        }, rejection, text));
        return new AdaptiveCard(body)
        {
            Actions =
            [
                ActionData.Execute(text["Indicators.Save"], IndicatorVerbs.SaveFigure),
                ActionData.Execute(text["Indicators.Entry.PasteCsv"], IndicatorVerbs.OpenCsv) with { AssociatedInputs = "none" },
            ],
            FallbackText = text["Indicators.Entry.Title"],
        };
    }
}
