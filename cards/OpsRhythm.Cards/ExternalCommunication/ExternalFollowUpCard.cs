using System.Globalization;
using OpsRhythm.Cards.Actions;
using OpsRhythm.Cards.Common;
using OpsRhythm.Cards.Indicators;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.ExternalCommunication;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Cards.ExternalCommunication;

/// <summary>
/// One follow-up: with whom, what about, who and when; while open, its owner (or the head, or the ops
/// office) marks it done with the outcome or moves it to another date. Also the reminder the owner gets.
/// </summary>
public static class ExternalFollowUpCard
{
    public static AdaptiveCard Build(
        ExternalFollowUp followUp, string version, OrganisationProfile organisation, Localizer text, string? notice = null, Rejection? rejection = null, string? heading = null)
    {
        ArgumentNullException.ThrowIfNull(followUp);
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(text);
        var title = text.Format("ExternalCommunication.Card.Title", followUp.Counterpart);
        var body = new List<CardElement> { CardParts.Title(title) };
        if (heading is not null)
        {
            body.Add(CardParts.Notice(heading, TextColor.Accent));
        }

        if (notice is not null)
        {
            body.Add(CardParts.Notice(notice, TextColor.Good));
        }

        if (rejection is not null)
        {
            body.Add(CardParts.Notice(RejectionText.Describe(rejection, text)));
        }

        var facts = new List<Fact>
        {
            new(text["ExternalCommunication.Field.Department"], CardParts.DepartmentName(organisation, followUp.DepartmentId, text)),
            new(text["ExternalCommunication.Field.Kind"], text[$"ExternalCommunication.Kind.{followUp.Kind}"]),
            new(text["ExternalCommunication.Field.Owner"], CardParts.PersonName(organisation, followUp.OwnerPersonId, text)),
            new(text["ExternalCommunication.Field.Date"], CardParts.Date(followUp.Date, text)),
            new(text["ExternalCommunication.Field.State"], text[$"ExternalCommunication.State.{followUp.State}"]),
            new(text["ExternalCommunication.Field.RecordedBy"], CardParts.PersonName(organisation, followUp.RecordedBy, text)),
        };
        if (followUp.Outcome is { } outcome)
        {
            facts.Add(new(text["ExternalCommunication.Field.Outcome"], outcome));
        }

        body.Add(new FactSet(facts));
        if (followUp.Note.Length > 0)
        {
            body.Add(new TextBlock(followUp.Note));
        }

        if (followUp.State != ExternalFollowUpState.Open)
        {
            return new AdaptiveCard(body) { FallbackText = title };
        }

        body.AddRange(FieldInput.With(new InputText { Id = ExternalCommunicationFields.Outcome, Label = text["ExternalCommunication.Field.Outcome"], IsMultiline = true, MaxLength = ExternalCommunicationLimits.Outcome }, rejection, text));
        body.AddRange(FieldInput.With(new InputDate { Id = ExternalCommunicationFields.NewDate, Label = text["ExternalCommunication.Field.NewDate"], Value = followUp.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }, rejection, text));
        var where = new Dictionary<string, string>(StringComparer.Ordinal) { [ExternalCommunicationFields.FollowUpDepartment] = followUp.DepartmentId };
        return new AdaptiveCard(body)
        {
            Actions =
            [
                ActionData.Execute(text["ExternalCommunication.Done.Button"], ExternalCommunicationVerbs.Done, followUp.Id, version, where),
                ActionData.Execute(text["ExternalCommunication.Reschedule.Button"], ExternalCommunicationVerbs.Reschedule, followUp.Id, version, where),
            ],
            FallbackText = title,
        };
    }
}
