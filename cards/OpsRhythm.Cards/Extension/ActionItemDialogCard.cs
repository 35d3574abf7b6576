using System.Globalization;
using OpsRhythm.Cards.Common;
using OpsRhythm.Cards.Indicators;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Meetings.Minutes;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Cards.Extension;

/// <summary>"记为行动项": an action item from a chat message: what (prefilled), the owner, the deadline and the department it is about.</summary>
public static class ActionItemDialogCard
{
    public static AdaptiveCard Build(OrganisationProfile organisation, Localizer text, string commandId, IReadOnlyDictionary<string, string>? typed = null, Rejection? rejection = null)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(text);
        string? V(string key) => CardParts.Value(typed, key);
        IEnumerable<CardElement> F(InputElement input) => FieldInput.With(input, rejection, text);
        var body = new List<CardElement> { CardParts.Title(text["Extension.ActionItem.Title"]) };
        if (rejection is not null)
        {
            body.Add(CardParts.Notice(RejectionText.Describe(rejection, text, organisation)));
        }

        body.AddRange(F(new InputText { Id = ActionItemFields.Text, Label = text["Extension.ActionItem.Text"], IsMultiline = true, MaxLength = ActionItemLimits.Text, Value = V(ActionItemFields.Text) }));
        body.AddRange(F(new InputChoiceSet([.. CardParts.PersonChoices(organisation, text)]) { Id = ActionItemFields.Owner, Label = text["Extension.ActionItem.Owner"], Style = ChoiceInputStyle.Filtered, Value = V(ActionItemFields.Owner) }));
        body.AddRange(F(new InputDate { Id = ActionItemFields.Deadline, Label = text["Extension.ActionItem.Deadline"], Value = V(ActionItemFields.Deadline) }));
        body.AddRange(F(new InputChoiceSet([.. CardParts.DepartmentChoices(organisation, text)]) { Id = ActionItemFields.Department, Label = text["Extension.ActionItem.Department"], Value = V(ActionItemFields.Department) }));
        var form = new AdaptiveCard(body)
        {
            Actions = [new SubmitAction(new Dictionary<string, string>(StringComparer.Ordinal)) { Title = text["Extension.ActionItem.Submit"] }],
            FallbackText = text["Extension.ActionItem.Title"],
        };
        return DialogForm.From(form, commandId);
    }

    /// <summary>The deadline the dialog proposes: a week from the organisation's today.</summary>
    public static string DefaultDeadline(DateOnly today) => today.AddDays(7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
