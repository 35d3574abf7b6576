using OpsRhythm.Cards.Actions;
using OpsRhythm.Cards.Common;
using OpsRhythm.Cards.Indicators;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Indicators;
using OpsRhythm.Domain.Meetings.Minutes;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Cards.Meetings.Minutes;

/// <summary>
/// One action item: what, owner, deadline, state. Whoever may close it (the owner, the operations office)
/// sees the note and the close button; the operations office also reassigns and reschedules.
/// </summary>
public static class ActionItemCard
{
    public static AdaptiveCard Build(ActionItem item, string version, OrganisationProfile organisation, Localizer text, ActionItemView view)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(view);
        var heading = view.FollowUp switch
        {
            FollowUp.RemindOwner => text.Format("Minutes.Item.Reminder", CardParts.Date(item.Deadline, text)),
            FollowUp.Escalate => text.Format("Minutes.Item.Overdue", CardParts.Date(item.Deadline, text)),
            _ => text["Minutes.Item.Title"],
        };
        var facts = new List<Fact>
        {
            new(text["Minutes.Item.Owner"], CardParts.PersonName(organisation, item.OwnerPersonId, text)),
            new(text["Minutes.Item.Deadline"], CardParts.Date(item.Deadline, text)),
            new(text["Minutes.Item.Department"], CardParts.DepartmentName(organisation, item.DepartmentId, text)),
            new(text["Minutes.Item.State"], text[$"Minutes.ItemState.{item.State}"]),
        };
        var body = new List<CardElement> { CardParts.Title(heading), new TextBlock(item.Text), new FactSet(facts) };
        if (view.Notice is not null)
        {
            body.Add(CardParts.Notice(view.Notice, TextColor.Warning));
        }

        if (view.Rejection is { Reason: not RejectionReason.InvalidInput } rejection)
        {
            body.Add(CardParts.Notice(RejectionText.Describe(rejection, text, organisation)));
        }

        var card = new AdaptiveCard(body) { FallbackText = $"{heading}: {item.Text}", Refresh = Refresh(item, view) };
        if (item.State == ActionItemState.Closed)
        {
            body.Add(new TextBlock(text.Format("Minutes.Item.ClosedNote", item.ClosingNote ?? string.Empty)) { Color = TextColor.Good });
            return card;
        }

        if (!view.MayClose)
        {
            return card;
        }

        body.AddRange(FieldInput.With(new InputText { Id = ActionItemFields.Note, Label = text["Minutes.Item.Note"], IsMultiline = true, MaxLength = ActionItemLimits.Note }, view.Rejection, text));
        var actions = new List<CardAction> { ActionData.Execute(text["Minutes.Item.Close"], MinutesVerbs.CloseItem, item.Id, version) };
        if (view.MayManage)
        {
            body.AddRange(FieldInput.With(
                new InputChoiceSet(CardParts.PersonChoices(organisation, text)) { Id = ActionItemFields.Owner, Label = text["Minutes.Item.NewOwner"], Style = ChoiceInputStyle.Filtered },
                view.Rejection,
                text));
            body.AddRange(FieldInput.With(new InputDate { Id = ActionItemFields.Deadline, Label = text["Minutes.Item.NewDeadline"] }, view.Rejection, text));
            actions.Add(ActionData.Execute(text["Minutes.Item.Reassign"], MinutesVerbs.Reassign, item.Id, version));
            actions.Add(ActionData.Execute(text["Minutes.Item.Reschedule"], MinutesVerbs.Reschedule, item.Id, version));
        }

        return card with { Actions = actions };
    }

    /// <summary>
    /// A card sent to a shared place (the ops channel) is drawn for no one in particular: Teams redraws it for
    /// the owner so they get the close form, as everyone else sees the item read-only.
    /// </summary>
    private static CardRefresh? Refresh(ActionItem item, ActionItemView view) =>
        view.RefreshFor is { Count: > 0 } users ? new CardRefresh(ActionData.Execute("refresh", MinutesVerbs.ShowItem, item.Id), users) : null;
}
