using OpsRhythm.Cards.Actions;
using OpsRhythm.Cards.Common;
using OpsRhythm.Cards.Indicators;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.ExternalCommunication;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Cards.ExternalCommunication;

/// <summary>Records a follow-up with a customer or partner: department, counterpart, what about, owner and date.</summary>
public static class ExternalFollowUpFormCard
{
    public static AdaptiveCard Build(
        OrganisationProfile organisation, IReadOnlySet<string> departments, Localizer text, string today, IReadOnlyDictionary<string, string>? typed = null, Rejection? rejection = null)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(text);
        var body = new List<CardElement> { CardParts.Title(text["ExternalCommunication.Form.Title"]), CardParts.Subtle(text["ExternalCommunication.Form.Hint"]) };
        if (rejection is not null)
        {
            body.Add(CardParts.Notice(RejectionText.Describe(rejection, text)));
        }

        var department = CardParts.Value(typed, ExternalCommunicationFields.Department) ?? (departments.Count == 1 ? departments.Single() : null);
        body.AddRange(FieldInput.With(new InputChoiceSet(CardParts.DepartmentChoices(organisation, text, departments)) { Id = ExternalCommunicationFields.Department, Label = text["ExternalCommunication.Field.Department"], Value = department }, rejection, text));
        body.AddRange(FieldInput.With(new InputChoiceSet(CardParts.EnumChoices<CounterpartKind>(text, "ExternalCommunication.Kind")) { Id = ExternalCommunicationFields.Kind, Label = text["ExternalCommunication.Field.Kind"], Style = ChoiceInputStyle.Expanded, Value = CardParts.Value(typed, ExternalCommunicationFields.Kind) ?? nameof(CounterpartKind.Customer) }, rejection, text));
        body.AddRange(FieldInput.With(new InputText { Id = ExternalCommunicationFields.Counterpart, Label = text["ExternalCommunication.Field.Counterpart"], Placeholder = text["ExternalCommunication.Field.CounterpartPlaceholder"], Value = CardParts.Value(typed, ExternalCommunicationFields.Counterpart), MaxLength = ExternalCommunicationLimits.Counterpart }, rejection, text));
        body.AddRange(FieldInput.With(new InputText { Id = ExternalCommunicationFields.Note, Label = text["ExternalCommunication.Field.Note"], IsMultiline = true, Value = CardParts.Value(typed, ExternalCommunicationFields.Note), MaxLength = ExternalCommunicationLimits.Note }, rejection, text));
        body.AddRange(FieldInput.With(new InputChoiceSet(CardParts.PersonChoices(organisation, text)) { Id = ExternalCommunicationFields.Owner, Label = text["ExternalCommunication.Field.Owner"], Style = ChoiceInputStyle.Filtered, Value = CardParts.Value(typed, ExternalCommunicationFields.Owner) }, rejection, text));
        body.AddRange(FieldInput.With(new InputDate { Id = ExternalCommunicationFields.Date, Label = text["ExternalCommunication.Field.Date"], Value = CardParts.Value(typed, ExternalCommunicationFields.Date) ?? today, Min = today }, rejection, text));
        return new AdaptiveCard(body)
        {
            Actions = [ActionData.Execute(text["ExternalCommunication.Save"], ExternalCommunicationVerbs.Record)],
            FallbackText = text["ExternalCommunication.Form.Title"],
        };
    }
}
