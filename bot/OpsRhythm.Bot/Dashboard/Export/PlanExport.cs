using System.Globalization;
using OpsRhythm.Cards.Common;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Planning;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Planning;

namespace OpsRhythm.Bot.Dashboard.Export;

/// <summary>
/// A plan as an export, in the reader's language: the company plan (each department's summary, then
/// every department's targets, tasks, risks and resources) or one department's plan (the same tables,
/// its rows only). Dates are the organisation's, as the cards write them.
/// </summary>
internal static class PlanExport
{
    public static ExportDocument Company(PlanCycle cycle, CompanyPlan company, IReadOnlyList<DepartmentPlan> plans, OrganisationProfile organisation, Localizer text)
    {
        var summary = new ExportTable(
            text["Planning.Departments"],
            [text["Planning.Field.Department"], text["Planning.Field.Status"], text["Planning.Field.Tasks"], text["Planning.Field.Milestone"], text["Planning.Field.Headcount"], text["Planning.Field.Budget"]],
            [.. company.Departments.Select(d => (IReadOnlyList<ExportCell>)
            [
                ExportCell.Of(PlanNames.Department(organisation, d.DepartmentId, text)), ExportCell.Of(PlanNames.Of(d.State, text)),
                ExportCell.Of(d.Tasks), ExportCell.Of(d.Milestones), ExportCell.Of(d.Headcount), ExportCell.Of((double)d.Budget),
            ])]);
        var targets = new ExportTable(
            text["Planning.TargetTotals"],
            [text["Planning.Field.Metric"], text["Planning.Field.Unit"], text["Planning.Field.Value"]],
            [.. company.EffectiveTargets.Select(t => (IReadOnlyList<ExportCell>)[ExportCell.Of(PlanNames.Metric(t.Metric, text)), ExportCell.Of(t.Unit), ExportCell.Of((double)t.Value)])]);
        var ordered = cycle.DepartmentIds.Select(id => plans.FirstOrDefault(p => p.DepartmentId == id)).OfType<DepartmentPlan>().ToList();
        var facts = Facts(cycle, organisation, text);
        facts.Add((text["Planning.Field.Headcount"], company.Headcount.ToString(text.Culture)));
        facts.Add((text["Planning.Field.Budget"], PlanNames.Number(company.Budget, text)));
        return new ExportDocument(text.Format("Planning.CompanyTitle", PlanNames.Cycle(cycle, text)), facts, [summary, targets, .. Details(ordered, organisation, text)])
        {
            FileName = $"opsrhythm-{cycle.CycleId}-company",
        };
    }

    public static ExportDocument Department(PlanCycle cycle, DepartmentPlan plan, OrganisationProfile organisation, Localizer text)
    {
        var facts = Facts(cycle, organisation, text);
        facts.Insert(0, (text["Planning.Field.Department"], PlanNames.Department(organisation, plan.DepartmentId, text)));
        facts.Add((text["Planning.Field.Revision"], plan.Revision.ToString(CultureInfo.InvariantCulture)));
        var targets = new ExportTable(
            text["Planning.Section.Targets"],
            [text["Planning.Field.Metric"], text["Planning.Field.Unit"], text["Planning.Field.Value"]],
            [.. plan.Content.Targets.Select(t => (IReadOnlyList<ExportCell>)[ExportCell.Of(PlanNames.Metric(t.Metric, text)), ExportCell.Of(t.Unit), ExportCell.Of((double)t.Value)])]);
        return new ExportDocument($"{PlanNames.Department(organisation, plan.DepartmentId, text)} · {PlanNames.Cycle(cycle, text)}", facts, [targets, .. Details([plan], organisation, text)])
        {
            FileName = $"opsrhythm-{cycle.CycleId}-{plan.DepartmentId}",
        };
    }

    private static List<(string Label, string Value)> Facts(PlanCycle cycle, OrganisationProfile organisation, Localizer text)
    {
        var facts = new List<(string, string)>
        {
            (text["Planning.Field.Period"], PlanNames.Cycle(cycle, text)),
            (text["Planning.Field.Status"], PlanNames.Of(cycle.State, text)),
            (text["Planning.Field.DueDate"], PlanNames.Date(cycle.DueDate, text)),
        };
        if (cycle.PublishedAt is { } published)
        {
            facts.Add((text["Planning.Export.PublishedAt"], DisplayTime.Moment(published, organisation, text)));
        }

        return facts;
    }

    /// <summary>Tasks, risks, and measures with resources, with a department column.</summary>
    private static IEnumerable<ExportTable> Details(IReadOnlyList<DepartmentPlan> plans, OrganisationProfile organisation, Localizer text)
    {
        string Department(DepartmentPlan p) => PlanNames.Department(organisation, p.DepartmentId, text);
        yield return new ExportTable(
            text["Planning.Section.Tasks"],
            [text["Planning.Field.Department"], text["Planning.Field.Task"], text["Planning.Field.Owner"], text["Planning.Field.Due"], text["Planning.Field.Milestone"], text["Planning.Field.Status"], text["Planning.Field.Progress"]],
            [.. plans.SelectMany(p => p.Content.Tasks.OrderBy(t => t.DueDate).Select(t => (IReadOnlyList<ExportCell>)
            [
                ExportCell.Of(Department(p)), ExportCell.Of(t.Title), ExportCell.Of(PlanNames.Person(organisation, t.OwnerPersonId, text)),
                ExportCell.Of(PlanNames.Date(t.DueDate, text)), ExportCell.Of(t.IsMilestone ? "✓" : string.Empty), ExportCell.Of(PlanNames.Of(t.Status, text)),
                ExportCell.Of(t.Status == PlanTaskStatus.Done ? 100 : t.ProgressPercent),
            ]))]);
        yield return new ExportTable(
            text["Planning.Section.Risks"],
            [text["Planning.Field.Department"], text["Planning.Field.Risk"], text["Planning.Field.Category"], text["Planning.Field.Likelihood"], text["Planning.Field.Impact"], text["Planning.Field.Level"], text["Planning.Field.Response"]],
            [.. plans.SelectMany(p => p.Content.Risks.Select(r => (IReadOnlyList<ExportCell>)
            [
                ExportCell.Of(Department(p)), ExportCell.Of(r.Description), ExportCell.Of(PlanNames.Of(r.Category, text)),
                ExportCell.Of(r.Likelihood), ExportCell.Of(r.Impact), ExportCell.Of(PlanNames.RiskLevel(r, text)), ExportCell.Of(PlanNames.Of(r.Response, text)),
            ]))]);
        yield return new ExportTable(
            text["Planning.Section.Resources"],
            [text["Planning.Field.Department"], text["Planning.Field.Headcount"], text["Planning.Field.Budget"], text["Planning.Field.Materials"], text["Planning.Field.Measures"]],
            [.. plans.Select(p => (IReadOnlyList<ExportCell>)
            [
                ExportCell.Of(Department(p)), ExportCell.Of(p.Content.Resources.Headcount), ExportCell.Of((double)p.Content.Resources.Budget),
                ExportCell.Of(p.Content.Resources.Materials), ExportCell.Of(p.Content.Measures),
            ])]);
    }
}
