using OpsRhythm.Cards.Actions;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Indicators;
using OpsRhythm.Domain.Organisation;

namespace OpsRhythm.Cards.Indicators;

/// <summary>Planned inspections (soonest first) and the ones recorded this year and last (latest first), of one department or the company .</summary>
public static class InspectionListCard
{
    /// <summary>Rows per table, so the card stays under Teams' size limit.</summary>
    public const int MaxRows = 25;

    public static AdaptiveCard Build(
        string? departmentId, IReadOnlyList<ScheduledInspection> planned, IReadOnlyList<Inspection> recorded, OrganisationProfile organisation, Localizer text, bool canPlan)
    {
        ArgumentNullException.ThrowIfNull(planned);
        ArgumentNullException.ThrowIfNull(recorded);
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(text);
        var scope = departmentId is null ? text["Inspections.List.Company"] : CardParts.DepartmentName(organisation, departmentId, text);
        var title = text.Format("Inspections.List.Title", scope);
        var body = new List<CardElement> { CardParts.Title(title), new TextBlock(text["Inspections.List.Upcoming"]) { Weight = TextWeight.Bolder } };
        var upcoming = planned.Where(p => p.State == ScheduledInspectionState.Planned).OrderBy(p => p.Date).ToList();
        if (upcoming.Count == 0)
        {
            body.Add(CardParts.Subtle(text["Inspections.List.NoUpcoming"]));
        }
        else
        {
            body.Add(CardParts.Table(
                [2, 2, 2, 2, 2],
                [text["Indicators.Inspection.Date"], text["Indicators.Column.Department"], text["Indicators.Inspection.Kind"], text["Inspections.Plan.Inspector"], text["Inspections.Plan.Repeat"]],
                upcoming.Take(MaxRows).Select(p => (IReadOnlyList<CardElement>)
                [
                    CardParts.Cell(CardParts.Date(p.Date, text)), CardParts.Cell(CardParts.DepartmentName(organisation, p.DepartmentId, text)),
                    CardParts.Cell(text[$"Indicators.InspectionKind.{p.Kind}"]), CardParts.Cell(CardParts.PersonName(organisation, p.InspectorPersonId, text)),
                    CardParts.Cell(text[$"Inspections.Repeat.{p.RepeatMonths}"]),
                ])));
            More(body, upcoming.Count, text);
        }

        body.Add(new TextBlock(text["Inspections.List.Past"]) { Weight = TextWeight.Bolder });
        var past = recorded.OrderByDescending(i => i.Date).ThenByDescending(i => i.RecordedAt).ToList();
        if (past.Count == 0)
        {
            body.Add(CardParts.Subtle(text["Inspections.List.NoPast"]));
        }
        else
        {
            body.Add(CardParts.Table(
                [2, 2, 2, 2, 1],
                [text["Indicators.Inspection.Date"], text["Indicators.Column.Department"], text["Indicators.Inspection.Kind"], text["Indicators.Inspection.Rating"], text["Inspections.List.Findings"]],
                past.Take(MaxRows).Select(i => (IReadOnlyList<CardElement>)
                [
                    CardParts.Cell(CardParts.Date(i.Date, text)), CardParts.Cell(CardParts.DepartmentName(organisation, i.DepartmentId, text)),
                    CardParts.Cell(text[$"Indicators.InspectionKind.{i.Kind}"]), CardParts.Cell(text[$"Indicators.Rating.{i.Rating}"]),
                    CardParts.Cell(CardParts.Number(i.Findings.Count, text)),
                ])));
            More(body, past.Count, text);
        }

        return new AdaptiveCard(body)
        {
            Actions = canPlan ? new CardAction[] { ActionData.Execute(text["Inspections.List.PlanButton"], InspectionVerbs.PlanForm) } : null,
            FallbackText = title,
        };
    }

    private static void More(List<CardElement> body, int count, Localizer text)
    {
        if (count > MaxRows)
        {
            body.Add(CardParts.Subtle(text.Format("Inspections.List.More", count - MaxRows)));
        }
    }
}
