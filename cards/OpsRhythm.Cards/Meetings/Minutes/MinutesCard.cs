using System.Globalization;
using OpsRhythm.Cards.Actions;
using OpsRhythm.Cards.Common;
using OpsRhythm.Cards.Indicators;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Meetings.Minutes;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Cards.Meetings.Minutes;

/// <summary>
/// A meeting occurrence's minutes (会议纪要): its decisions, and its action items grouped by owner. In the
/// meeting chat the operations office's copy (drawn for them by Universal Actions refresh) carries the form
/// that records a decision or an action item; everyone else sees the list. At meetingEnd it is the minutes.
/// </summary>
public static class MinutesCard
{
    public static AdaptiveCard Build(MinutesView view, OrganisationProfile organisation, Localizer text)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(text);
        var title = text.Format(view.Ended ? "Minutes.Card.Minutes" : "Minutes.Card.Title", view.Subject, DisplayTime.Date(view.Occurrence.Date, text));
        var body = new List<CardElement> { CardParts.Title(title) };
        if (view.Notice is not null)
        {
            body.Add(CardParts.Notice(view.Notice, TextColor.Good));
        }

        if (view.Rejection is { Reason: not RejectionReason.InvalidInput } rejection)
        {
            body.Add(CardParts.Notice(RejectionText.Describe(rejection, text, organisation)));
        }

        body.Add(Heading(text.Format("Minutes.Card.Decisions", view.Decisions.Count)));
        body.AddRange(view.Decisions.Count == 0
            ? [CardParts.Subtle(text["Minutes.Card.None"])]
            : view.Decisions.Select((d, i) => new TextBlock($"{i + 1}. {d.Text}")));
        body.Add(Heading(text.Format("Minutes.Card.Items", view.Items.Count)));
        if (view.Items.Count == 0)
        {
            body.Add(CardParts.Subtle(text["Minutes.Card.None"]));
        }

        foreach (var owner in view.Items.GroupBy(i => i.OwnerPersonId, StringComparer.Ordinal))
        {
            body.Add(new TextBlock(CardParts.PersonName(organisation, owner.Key, text)) { Weight = TextWeight.Bolder, Spacing = Spacing.Small });
            body.AddRange(owner.Select(i => new TextBlock(text.Format(
                i.State == ActionItemState.Closed ? "Minutes.Card.ItemClosed" : "Minutes.Card.ItemLine", i.Text, DisplayTime.Date(i.Deadline, text))) { Spacing = Spacing.None }));
        }

        var card = new AdaptiveCard(body) { FallbackText = title };
        if (view.Ended || !view.MayRecord)
        {
            return view.Ended || view.RefreshFor.Count == 0 ? card : card with { Refresh = new CardRefresh(ShowAction(view), view.RefreshFor) };
        }

        body.AddRange(Form(view, organisation, text));
        return card with
        {
            Actions =
            [
                ActionData.Execute(text["Minutes.Card.RecordDecision"], MinutesVerbs.RecordDecision, view.Occurrence.PartitionKey),
                ActionData.Execute(text["Minutes.Card.RecordItem"], MinutesVerbs.RecordItem, view.Occurrence.PartitionKey),
            ],
            Refresh = view.RefreshFor.Count == 0 ? null : new CardRefresh(ShowAction(view), view.RefreshFor),
        };
    }

    private static IEnumerable<CardElement> Form(MinutesView view, OrganisationProfile organisation, Localizer text)
    {
        yield return Heading(text["Minutes.Card.Record"]);
        foreach (var e in FieldInput.With(new InputText { Id = ActionItemFields.Decision, Label = text["Minutes.Field.Decision"], IsMultiline = true, MaxLength = ActionItemLimits.Decision, Value = Typed(view, ActionItemFields.Decision) }, view.Rejection, text))
        {
            yield return e;
        }

        foreach (var e in FieldInput.With(new InputText { Id = ActionItemFields.Text, Label = text["Minutes.Field.Item"], MaxLength = ActionItemLimits.Text, Value = Typed(view, ActionItemFields.Text) }, view.Rejection, text))
        {
            yield return e;
        }

        var owners = new InputChoiceSet(OwnerChoices(view, organisation, text))
        {
            Id = ActionItemFields.Owner,
            Label = text["Minutes.Field.Owner"],
            Style = ChoiceInputStyle.Filtered,
            Value = Typed(view, ActionItemFields.Owner),
        };
        foreach (var e in FieldInput.With(owners, view.Rejection, text))
        {
            yield return e;
        }

        var deadline = new InputDate
        {
            Id = ActionItemFields.Deadline,
            Label = text["Minutes.Field.Deadline"],
            Min = view.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Value = Typed(view, ActionItemFields.Deadline),
        };
        foreach (var e in FieldInput.With(deadline, view.Rejection, text))
        {
            yield return e;
        }

        var department = new InputChoiceSet(CardParts.DepartmentChoices(organisation, text))
        {
            Id = ActionItemFields.Department,
            Label = text["Minutes.Field.Department"],
            Value = Typed(view, ActionItemFields.Department),
        };
        foreach (var e in FieldInput.With(department, view.Rejection, text))
        {
            yield return e;
        }
    }

    /// <summary>The attendees first, then everyone else of the organisation, each by name (the choice set filters as one types).</summary>
    private static List<Choice> OwnerChoices(MinutesView view, OrganisationProfile organisation, Localizer text)
    {
        var attendees = view.AttendeePersonIds.Select(organisation.FindPerson).OfType<Person>();
        return [.. attendees.Concat(organisation.People).DistinctBy(p => p.Id).Select(p => new Choice(p.Name.For(text.Culture), p.Id))];
    }

    private static ExecuteAction ShowAction(MinutesView view) =>
        ActionData.Execute("refresh", MinutesVerbs.Show, view.Occurrence.PartitionKey);

    private static string? Typed(MinutesView view, string field) => view.Typed is { } typed && typed.TryGetValue(field, out var v) && v.Length > 0 ? v : null;

    private static TextBlock Heading(string text) => new(text) { Weight = TextWeight.Bolder, Size = TextSize.Medium, Spacing = Spacing.Medium };
}
