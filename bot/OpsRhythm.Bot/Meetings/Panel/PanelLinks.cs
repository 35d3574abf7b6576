using OpsRhythm.Bot.Dashboard;
using OpsRhythm.Bot.Risks;
using OpsRhythm.Bot.WeeklyStatus;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Planning;
using OpsRhythm.Domain.Risks;

namespace OpsRhythm.Bot.Meetings.Panel;

/// <summary>
/// What an action item recorded in the panel may link to: a department, a task of the month's published
/// plans, or an open risk. Values are "department:{id}", "task:{department}:{task}", "risk:{department}:{risk}"
/// (<see cref="PanelLink"/> reads them back and checks they still exist).
/// </summary>
internal sealed class PanelLinks(MonthlyPlanTracking plans, RiskReader risks)
{
    /// <summary>The choices, with the tasks of <paramref name="month"/>'s plans (the month <see cref="PanelCommands"/> checks a task link against).</summary>
    public async Task<IReadOnlyList<PanelChoice>> ChoicesAsync(OrganisationProfile organisation, PlanPeriod month, Localizer text, CancellationToken cancellationToken)
    {
        string Name(string departmentId) => PlanSection.DepartmentName(organisation, departmentId, text);
        var choices = organisation.Departments
            .Select(d => new PanelChoice(PanelLink.Department(d.Id), Name(d.Id), text["MeetingPanel.Link.Department"]))
            .ToList();
        foreach (var plan in await plans.PlansAsync(month, cancellationToken))
        {
            choices.AddRange(plan.Content.Tasks
                .Where(t => t.Status != PlanTaskStatus.Done)
                .Select(t => new PanelChoice(PanelLink.Task(plan.DepartmentId, t.Id), $"{Name(plan.DepartmentId)} · {t.Title}", text["MeetingPanel.Link.Task"])));
        }

        choices.AddRange((await risks.CompanyAsync(organisation, cancellationToken))
            .Where(r => r.Status == RiskStatus.Open)
            .Select(r => new PanelChoice(PanelLink.Risk(r.DepartmentId, r.Id), $"{Name(r.DepartmentId)} · {r.Description}", text["MeetingPanel.Link.Risk"])));
        return choices;
    }
}
