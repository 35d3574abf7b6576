using System.Globalization;
using OpsRhythm.Cards.Actions;
using OpsRhythm.Cards.Common;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Resources;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Cards.Resources;

/// <summary>
/// A department's resources for one month: spending against the budget and headcount against the plan, as the
/// approved plans set them, flagged when over; and the inputs where the head enters the month's actuals. The
/// department and the month travel in the button's data; the version is the month's (none before its first entry).
/// </summary>
public static class ResourceCard
{
    public static AdaptiveCard Build(
        OrganisationProfile organisation, string departmentId, int year, int month, ResourcePlan plan, ResourceMonth? actual, string? version, Localizer text,
        string? notice = null, Rejection? rejection = null, IReadOnlyDictionary<string, string>? typed = null)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(text);
        string? V(string key) => typed is not null && typed.TryGetValue(key, out var v) ? v : null;
        IEnumerable<CardElement> F(InputElement input) => FieldInput.With(input, rejection, text);
        var department = organisation.FindDepartment(departmentId)?.Name.For(text.Culture) ?? departmentId;
        var title = text.Format("Resources.Title", department, PeriodNames.Month(year, month, text));
        var over = actual is { OverBudget: true } or { OverHeadcount: true };
        var heading = new List<CardElement> { new TextBlock(title) { Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true } };
        if (over)
        {
            heading.Add(new TextBlock(text["Resources.Over"]) { Color = TextColor.Attention, Weight = TextWeight.Bolder, Spacing = Spacing.None });
        }

        var body = new List<CardElement> { new Container(heading) { Style = over ? ContainerStyle.Attention : null, Bleed = over } };
        if (notice is not null)
        {
            body.Add(new TextBlock(notice) { Color = TextColor.Good, Wrap = true });
        }

        if (rejection is not null)
        {
            body.Add(new TextBlock(RejectionText.Describe(rejection, text, organisation)) { Color = TextColor.Attention, Weight = TextWeight.Bolder, Wrap = true });
        }

        var facts = new List<Fact>
        {
            new(text["Resources.Field.BudgetFact"], ResourceText.Budget(plan, actual, text)),
            new(text["Resources.Field.HeadcountFact"], ResourceText.Headcount(plan, actual, text)),
            new(text["Resources.Field.PlanSource"], plan.Source.Length > 0 ? plan.Source : text["Resources.NoPlan"]),
        };
        if (actual is not null)
        {
            var by = organisation.FindPerson(actual.EnteredBy)?.Name.For(text.Culture) ?? actual.EnteredBy;
            facts.Add(new(text["Resources.Field.EnteredBy"], $"{by} · {DisplayTime.Moment(actual.EnteredAt, organisation, text)}"));
        }

        body.Add(new FactSet(facts));
        if (actual?.Note is { } note)
        {
            body.Add(new TextBlock(note) { Wrap = true, IsSubtle = true });
        }

        body.Add(new ColumnSet(
        [
            new Column([.. F(new InputNumber
            {
                Id = ResourceFields.Budget, Label = text["Resources.Field.Budget"], Min = 0, Max = (double)ResourceLimits.Budget,
                Value = Number(V(ResourceFields.Budget)) ?? (double?)actual?.Budget,
            })]) { Width = "stretch" },
            new Column([.. F(new InputNumber
            {
                Id = ResourceFields.Headcount, Label = text["Resources.Field.Headcount"], Min = 0, Max = ResourceLimits.Headcount,
                Value = Number(V(ResourceFields.Headcount)) ?? actual?.Headcount,
            })]) { Width = "stretch" },
        ]));
        body.AddRange(F(new InputText { Id = ResourceFields.Note, Label = text["Resources.Field.Note"], MaxLength = ResourceLimits.Note, IsMultiline = true, Value = V(ResourceFields.Note) ?? actual?.Note }));
        var data = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [ResourceFields.Department] = departmentId,
            [ResourceFields.Month] = string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}"),
        };
        return new AdaptiveCard(body)
        {
            Actions = [ActionData.Execute(text["Resources.Submit"], ResourceVerbs.Enter, ResourceMonth.DocumentIdFor(year, month), version, data)],
            FallbackText = title,
        };
    }

    private static double? Number(string? value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : null;
}
