using OpsRhythm.Bot.Organisation;
using OpsRhythm.Cards.Planning;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Planning;
using OpsRhythm.Domain.Time;
using OpsRhythm.Domain.WeeklyStatus;

namespace OpsRhythm.Bot.Dashboard;

/// <summary>
/// Builds one dashboard page from the same store the bot writes, for one viewer: every read is a point
/// read or a single-partition query (docs/dashboard.md lists them).
/// </summary>
internal sealed class DashboardReader(
    PlanSection plans, WeekSection week, IndicatorSection indicators, RiskSection risks, ResourceSection resources, IUpcomingMeetings meetings, OrganisationClock clock, ActionItemSection? actionItems = null)
{
    public const int MeetingsShown = 5;

    public DateOnly Today(OrganisationProfile organisation) => clock.Today(organisation);

    public async Task<DashboardView> ReadAsync(DashboardViewer viewer, DashboardRequest request, OrganisationProfile organisation, CancellationToken cancellationToken)
    {
        var text = request.Text;
        var scope = DepartmentScope.For(viewer.Person, organisation);
        var detail = scope.Shown(request.Department);
        var today = clock.Today(organisation);
        var period = request.Period;
        var weekOf = period.Contains(today) ? today : period.End < today ? period.End : period.Start;

        var (planStatus, tasks) = await plans.ReadAsync(period, detail, organisation, text, cancellationToken);
        var weekView = await week.ReadAsync(IsoWeek.Of(weekOf), detail, organisation, text, cancellationToken);
        var trends = await indicators.ReadAsync(period, detail, organisation, text, cancellationToken);
        var riskView = await risks.ReadAsync(period.Year, detail, organisation, text, cancellationToken);
        var resourceRows = await resources.ReadAsync(period, detail, organisation, text, cancellationToken);
        var upcoming = await meetings.UpcomingAsync(clock.UtcNow, MeetingsShown, text, cancellationToken);
        var items = actionItems is null
            ? ActionItemsView.Empty
            : await actionItems.ReadAsync(viewer.Person, detail, request.Department is null, today, organisation, text, cancellationToken);

        return new DashboardView(
            new ViewerInfo(viewer.Person.Id, viewer.Person.Name.For(text.Culture), text[scope.ScopeKey], viewer.SignedInLocally),
            text.Culture.Name,
            period.ToString(),
            request.Department,
            PeriodOptions(today, text),
            [.. scope.DetailDepartments.Select(id => new FilterChoice(id, PlanSection.DepartmentName(organisation, id, text)))],
            planStatus,
            tasks,
            weekView,
            trends,
            riskView,
            upcoming)
        {
            Resources = resourceRows,
            ActionItems = items,
        };
    }

    /// <summary>The last twelve months and the next one (planned at the end of this one).</summary>
    private static List<FilterChoice> PeriodOptions(DateOnly today, Cards.Localization.Localizer text) =>
        [.. Enumerable.Range(-1, 13)
            .Select(back => today.AddMonths(-back))
            .Select(d => PlanPeriod.Monthly(d.Year, d.Month))
            .Select(p => new FilterChoice(p.ToString(), PlanNames.Period(p, text)))];
}
