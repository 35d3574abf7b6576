using OpsRhythm.Cards.Actions;
using OpsRhythm.Cards.Common;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Indicators;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Cards.Indicators;

/// <summary>The ops office adds an indicator or changes one (same id replaces it); the catalog's version guards concurrent edits.</summary>
public static class IndicatorEditCard
{
    public static AdaptiveCard Build(IndicatorCatalog catalog, string catalogVersion, Localizer text, IReadOnlyDictionary<string, string>? typed = null, Rejection? rejection = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(text);
        var body = new List<CardElement> { CardParts.Title(text["Indicators.Edit.Title"]), CardParts.Subtle(text["Indicators.Edit.Hint"]) };
        if (rejection is not null)
        {
            body.Add(CardParts.Notice(RejectionText.Describe(rejection, text)));
        }

        body.AddRange(FieldInput.With(new InputChoiceSet([new Choice(text["Indicators.Edit.New"], "new"), .. catalog.Indicators.Select(i => new Choice(i.Name.For(text.Culture), i.Id))])
        {
            Id = IndicatorFields.Indicator, Label = text["Indicators.Column.Indicator"], Value = CardParts.Value(typed, IndicatorFields.Indicator) ?? "new",
        }, rejection, text));
        body.AddRange(FieldInput.With(new InputText { Id = IndicatorFields.NewId, Label = text["Indicators.Edit.Id"], Value = CardParts.Value(typed, IndicatorFields.NewId), MaxLength = IndicatorLimits.Id }, rejection, text));
        body.AddRange(FieldInput.With(new InputText { Id = IndicatorFields.NameZh, Label = text["Indicators.Edit.NameZh"], Value = CardParts.Value(typed, IndicatorFields.NameZh), MaxLength = IndicatorLimits.NameZh }, rejection, text));
        body.AddRange(FieldInput.With(new InputText { Id = IndicatorFields.NameEn, Label = text["Indicators.Edit.NameEn"], Value = CardParts.Value(typed, IndicatorFields.NameEn), MaxLength = IndicatorLimits.NameEn }, rejection, text));
        body.AddRange(FieldInput.With(new InputChoiceSet(CardParts.EnumChoices<IndicatorGroup>(text, "Indicators.Group")) { Id = IndicatorFields.Group, Label = text["Indicators.Column.Group"], Value = CardParts.Value(typed, IndicatorFields.Group) }, rejection, text));
        body.AddRange(FieldInput.With(new InputText { Id = IndicatorFields.Unit, Label = text["Indicators.Column.Unit"], Value = CardParts.Value(typed, IndicatorFields.Unit), MaxLength = IndicatorLimits.Unit }, rejection, text));
        body.AddRange(FieldInput.With(new InputChoiceSet(CardParts.EnumChoices<IndicatorDirection>(text, "Indicators.Direction")) { Id = IndicatorFields.Direction, Label = text["Indicators.Column.Direction"], Value = CardParts.Value(typed, IndicatorFields.Direction) }, rejection, text));
        body.AddRange(FieldInput.With(new InputChoiceSet(CardParts.EnumChoices<IndicatorFrequency>(text, "Indicators.Frequency")) { Id = IndicatorFields.Frequency, Label = text["Indicators.Column.Frequency"], Value = CardParts.Value(typed, IndicatorFields.Frequency) }, rejection, text));
        return new AdaptiveCard(body)
        {
            Actions = [ActionData.Execute(text["Indicators.Save"], IndicatorVerbs.SaveIndicator, IndicatorCatalog.DocumentId, catalogVersion)],
            FallbackText = text["Indicators.Edit.Title"],
        };
    }
}
