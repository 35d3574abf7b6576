using OpsRhythm.Cards.Common;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Resources;

namespace OpsRhythm.Cards.Resources;

/// <summary>
/// Tells the ops office and the department's channel that an entry pushed a month over its plan: which
/// figure, by how much, and who entered it. Read-only: the head answers on the resource card.
/// </summary>
public static class ResourceOverCard
{
    public static AdaptiveCard Build(ResourceMonth month, OrganisationProfile organisation, Localizer text)
    {
        ArgumentNullException.ThrowIfNull(month);
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(text);
        var department = organisation.FindDepartment(month.DepartmentId)?.Name.For(text.Culture) ?? month.DepartmentId;
        var title = text.Format("Resources.OverTitle", department, PeriodNames.Month(month.Year, month.Month, text));
        var body = new List<CardElement>
        {
            new Container([new TextBlock(title) { Size = TextSize.Medium, Weight = TextWeight.Bolder, Wrap = true }]) { Style = ContainerStyle.Attention, Bleed = true },
        };
        var facts = new List<Fact>();
        if (month.OverBudget && month.Plan.Budget is { } budget)
        {
            facts.Add(new(text["Resources.Field.BudgetFact"], text.Format("Resources.OverBy", ResourceText.Money(month.Budget, text), ResourceText.Money(budget, text), ResourceText.Money(month.Budget - budget, text))));
        }

        if (month.OverHeadcount && month.Plan.Headcount is { } headcount)
        {
            facts.Add(new(text["Resources.Field.HeadcountFact"], text.Format("Resources.OverBy", month.Headcount, headcount, month.Headcount - headcount)));
        }

        var by = organisation.FindPerson(month.EnteredBy)?.Name.For(text.Culture) ?? month.EnteredBy;
        facts.Add(new(text["Resources.Field.EnteredBy"], $"{by} · {DisplayTime.Moment(month.EnteredAt, organisation, text)}"));
        body.Add(new FactSet(facts));
        if (month.Note is { } note)
        {
            body.Add(new TextBlock(note) { Wrap = true });
        }

        return new AdaptiveCard(body) { FallbackText = title };
    }
}
