using OpsRhythm.Cards.Actions;
using OpsRhythm.Cards.Common;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Indicators;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Cards.Indicators;

/// <summary>
/// An improvement action as its owner sees it (new, reminder before the deadline) or as the head
/// and ops office see it when overdue; it closes with a note.
/// </summary>
public static class ImprovementActionCard
{
    public static AdaptiveCard Build(ImprovementAction action, string version, OrganisationProfile organisation, Localizer text, FollowUp followUp = FollowUp.Nothing, Rejection? rejection = null, string? notice = null)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(text);
        var heading = followUp switch
        {
            FollowUp.RemindOwner => text.Format("Indicators.Action.Reminder", CardParts.Date(action.Deadline, text)),
            FollowUp.Escalate => text.Format("Indicators.Action.Overdue", CardParts.Date(action.Deadline, text)),
            _ => text["Indicators.Action.Title"],
        };
        var body = new List<CardElement>
        {
            CardParts.Title(heading),
            new TextBlock(action.Finding),
            new FactSet(
            [
                new Fact(text["Indicators.Column.Department"], CardParts.DepartmentName(organisation, action.DepartmentId, text)),
                new Fact(text["Indicators.Inspection.Owner"], CardParts.PersonName(organisation, action.OwnerPersonId, text)),
                new Fact(text["Indicators.Inspection.Deadline"], CardParts.Date(action.Deadline, text)),
                new Fact(text["Indicators.Action.State"], text[$"Indicators.ActionState.{action.State}"]),
            ]),
        };
        if (notice is not null)
        {
            body.Add(CardParts.Notice(notice, TextColor.Warning));
        }

        if (rejection is not null && rejection.Reason != RejectionReason.InvalidInput)
        {
            body.Add(CardParts.Notice(RejectionText.Describe(rejection, text)));
        }

        if (action.State == ImprovementActionState.Closed)
        {
            body.Add(new TextBlock(text.Format("Indicators.Action.ClosedNote", action.ClosingNote ?? string.Empty)) { Color = TextColor.Good });
            return new AdaptiveCard(body) { FallbackText = heading };
        }

        body.AddRange(FieldInput.With(new InputText { Id = IndicatorFields.Note, Label = text["Indicators.Action.Note"], IsMultiline = true, MaxLength = IndicatorLimits.ActionNote }, rejection, text));
        return new AdaptiveCard(body)
        {
            Actions = [ActionData.Execute(text["Indicators.Action.Close"], IndicatorVerbs.CloseAction, action.Id, version)],
            FallbackText = heading,
        };
    }
}
