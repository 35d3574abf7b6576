using OpsRhythm.Bot.Dashboard;
using OpsRhythm.Cards.Extension;
using OpsRhythm.Cards.Model;
using OpsRhythm.Cards.Planning;
using OpsRhythm.Domain.Planning;

namespace OpsRhythm.Bot.Extension;

/// <summary>
/// A dashboard link's card: the month's plans (everyone sees each department's state and completion), and for
/// the departments the viewer sees in detail, blocked tasks, open risks and alerts, read as the dashboard reads
/// them (docs/dashboard.md). Found by pasting a link, never by the search.
/// </summary>
internal sealed class DashboardItems(DashboardReader reader) : ISharedItemSource
{
    /// <summary>Departments listed one per line; more are counted, as the dashboard shows them all.</summary>
    public const int DepartmentsListed = 8;

    public string Kind => SharedItemKinds.Dashboard;

    public Task<IReadOnlyList<SharedItemView>> SearchAsync(SharedItemQuery query, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<SharedItemView>>([]);

    public async Task<SharedItemView?> ReadAsync(SharedItemQuery viewer, IReadOnlyDictionary<string, string> data, CancellationToken cancellationToken)
    {
        var text = viewer.Text;
        var department = data.GetValueOrDefault(SharedItemFields.Department);
        if (department is not null && viewer.Organisation.FindDepartment(department) is null)
        {
            return null;
        }

        if (department is not null && !viewer.Scope.MaySee(department))
        {
            return SharedItemViews.Restricted(Kind, viewer, data, department);
        }

        var period = PlanPeriod.TryParse(data.GetValueOrDefault(SharedItemFields.Period), out var month) ? month : PlanPeriod.Monthly(viewer.Today.Year, viewer.Today.Month);
        var view = await reader.ReadAsync(new DashboardViewer(viewer.Viewer, false), new DashboardRequest(department, period, text), viewer.Organisation, cancellationToken);
        var rows = view.Plans.Departments.Where(r => department is null || r.DepartmentId == department).ToList();
        var facts = rows.Take(DepartmentsListed)
            .Select(r => new Fact(r.Department, text.Format("Extension.Dashboard.Plan", r.StateLabel, r.Completion, r.Blocked)))
            .ToList();
        if (rows.Count > DepartmentsListed)
        {
            facts.Add(new Fact("…", text.Format("Extension.Dashboard.More", rows.Count - DepartmentsListed)));
        }

        if (viewer.Scope.DetailDepartments.Count > 0)
        {
            facts.Add(new Fact(text["Extension.Fact.OpenRisks"], text.Format("Extension.Dashboard.Risks", view.Risks.Open.Count, view.Risks.Alerts.Count)));
        }

        var title = department is null
            ? text.Format("Extension.Dashboard.Title", PlanNames.Period(period, text))
            : text.Format("Extension.Dashboard.TitleOf", viewer.DepartmentName(department), PlanNames.Period(period, text));
        return new SharedItemView(Kind, title, data)
        {
            Summary = text[viewer.Scope.ScopeKey],
            Facts = facts.Count > 0 ? facts : [new Fact(text["Extension.Fact.State"], text["Extension.Dashboard.NoCycle"])],
            OpenUrl = data.GetValueOrDefault(DashboardLink.UrlField),
        };
    }
}
