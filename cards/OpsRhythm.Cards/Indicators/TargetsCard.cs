using OpsRhythm.Cards.Actions;
using OpsRhythm.Cards.Common;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Indicators;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Cards.Indicators;

/// <summary>
/// A department's targets for a period with where each comes from (an approved plan, or entered by
/// whom and when), and for the head or the ops office a field per indicator to set or change it.
/// The card says the rule: a target entered by hand wins over the plan's, whose figure is shown beside it.
/// </summary>
public static class TargetsCard
{
    public static AdaptiveCard Build(
        TargetsView view, OrganisationProfile organisation, Localizer text, IReadOnlyDictionary<string, string>? typed = null, Rejection? rejection = null, string? notice = null)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(text);
        var department = CardParts.DepartmentName(organisation, view.DepartmentId, text);
        var body = new List<CardElement>
        {
            CardParts.Title(text.Format("Indicators.Targets.Title", department, PeriodNames.Of(view.Period, text))),
            CardParts.Subtle(text["Indicators.Targets.Rule"]),
        };
        if (notice is not null)
        {
            body.Add(CardParts.Notice(notice, TextColor.Good));
        }

        if (rejection is not null)
        {
            body.Add(CardParts.Notice(RejectionText.Describe(rejection, text)));
        }

        if (view.Rows.Count == 0)
        {
            body.Add(new TextBlock(text.Format("Indicators.Targets.NoIndicators", text[$"Indicators.Frequency.{view.Period.Frequency}"])) { Wrap = true });
        }
        else
        {
            body.Add(CardParts.Table(
                [3, 2, 4],
                [text["Indicators.Column.Indicator"], text["Indicators.Targets.Column.Target"], text["Indicators.Targets.Column.Source"]],
                view.Rows.Select(r => (IReadOnlyList<CardElement>)
                [
                    CardParts.Cell($"{r.Indicator.Name.For(text.Culture)} ({r.Indicator.Unit})"),
                    CardParts.Cell(r.Target is null ? text["Indicators.Targets.NotSet"] : CardParts.Number(r.Target.Value, text), r.Target is null ? TextColor.Warning : null),
                    CardParts.Cell(Source(r.Target, organisation, text)),
                ])));
        }

        if (view.NotTaken.Count > 0)
        {
            body.Add(CardParts.Subtle(text.Format("Indicators.Targets.NotTaken", string.Join(text["Indicators.Targets.ListSeparator"], view.NotTaken.Select(n => text.Format("Indicators.Targets.NotTakenItem", n.Metric, text[n.ReasonKey]))))));
        }

        if (view.CanEdit && view.Rows.Count > 0)
        {
            body.Add(new TextBlock(text["Indicators.Targets.EditHeading"]) { Weight = TextWeight.Bolder, Separator = true });
            foreach (var row in view.Rows)
            {
                var field = TargetEdit.FieldFor(row.Indicator.Id);
                body.AddRange(FieldInput.With(new InputText
                {
                    Id = field,
                    Label = $"{row.Indicator.Name.For(text.Culture)} ({row.Indicator.Unit})",
                    Placeholder = text["Indicators.Targets.Placeholder"],
                    Value = typed is not null ? CardParts.Value(typed, field) : row.Target is { } t ? t.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
                    MaxLength = 30,
                }, rejection, text));
            }
        }

        body.AddRange(FieldInput.With(new InputChoiceSet(CardParts.DepartmentChoices(organisation, text, view.Departments))
        {
            Id = IndicatorFields.Department, Label = text["Indicators.Column.Department"], Value = view.DepartmentId, Separator = true,
        }, rejection, text));
        body.AddRange(FieldInput.With(new InputText
        {
            Id = IndicatorFields.Period, Label = text["Indicators.Column.Period"], Placeholder = text["Indicators.Entry.PeriodPlaceholder"], Value = CardParts.Value(typed, IndicatorFields.Period) ?? view.Period.ToString(),
        }, rejection, text));
        var entity = EntityId(view.DepartmentId, view.Period);
        var actions = new List<CardAction> { ActionData.Execute(text["Indicators.Targets.Show"], IndicatorVerbs.ShowTargets, entity) };
        if (view.CanEdit && view.Rows.Count > 0)
        {
            actions.Insert(0, ActionData.Execute(text["Indicators.Save"], IndicatorVerbs.SaveTargets, entity, view.Version));
        }

        return new AdaptiveCard(body)
        {
            Actions = actions,
            FallbackText = text.Format("Indicators.Targets.Title", department, PeriodNames.Of(view.Period, text)),
        };
    }

    /// <summary>"{department}|{period}": what a save or show click is about.</summary>
    public static string EntityId(string departmentId, Period period) => $"{departmentId}|{period}";

    public static (string DepartmentId, Period Period)? ParseEntityId(string? entityId) =>
        entityId?.Split('|') is [var department, var periodText] && Period.TryParse(periodText, out var period) ? (department, period) : null;

    private static string Source(IndicatorTarget? target, OrganisationProfile organisation, Localizer text)
    {
        if (target is null)
        {
            return "—";
        }

        var plan = target.Plan is { } p ? text.Format("Indicators.Targets.FromPlan", OpsRhythm.Cards.Planning.PlanNames.CycleOf(p.CycleId, text), p.Revision) : null;
        if (target.Source == TargetSource.Plan)
        {
            return plan ?? "—";
        }

        var entered = text.Format("Indicators.Targets.Entered", CardParts.PersonName(organisation, target.SetBy, text), DisplayTime.Date(target.SetAt, OpsRhythm.Domain.Time.OrganisationZones.Of(organisation), text));
        return target.Plan is { } noted && noted.Value != target.Value
            ? entered + " · " + text.Format("Indicators.Targets.PlanSays", CardParts.Number(noted.Value, text), plan)
            : entered;
    }
}
