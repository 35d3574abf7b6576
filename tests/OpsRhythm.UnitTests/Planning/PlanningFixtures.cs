using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Planning;

namespace OpsRhythm.UnitTests.Planning;

/// <summary>Actors, cycles and plans in the shapes the planning tests start from.</summary>
internal static class PlanningFixtures
{
    public static readonly DateTimeOffset Now = new(2026, 12, 20, 9, 0, 0, TimeSpan.FromHours(8));
    public static readonly DateOnly Today = new(2026, 12, 20);

    public static readonly PlanActor OpsOffice = new("gao-yu", Role.Employee | Role.OpsOffice, null);
    public static readonly PlanActor SalesHead = new("li-qiang", Role.Employee | Role.DepartmentHead, "sales");
    public static readonly PlanActor ProductionHead = new("zhang-wei", Role.Employee | Role.DepartmentHead, "production");
    public static readonly PlanActor Leader = new("chen-jing", Role.Employee | Role.Leadership, null);
    public static readonly PlanActor Employee = new("sun-hao", Role.Employee, null);

    public static readonly IReadOnlySet<string> SalesMembers = new HashSet<string>(StringComparer.Ordinal) { "li-qiang", "sun-hao", "zhou-na" };

    public static readonly OrganisationProfile Organisation = new()
    {
        CompanyName = new LocalizedText("华彩制造有限公司", "Huacai Manufacturing Co."),
        OpsChannelId = "channel-ops",
        AnnouncementChannelId = "channel-general",
        Departments =
        [
            new Department("sales", new LocalizedText("销售部", "Sales")) { HeadPersonId = "li-qiang", ChannelId = "channel-sales" },
            new Department("production", new LocalizedText("生产部", "Production")) { HeadPersonId = "zhang-wei", ChannelId = "channel-production" },
        ],
        People =
        [
            new Person("li-qiang", new LocalizedText("李强", "Li Qiang")) { TeamsUserId = "user-id-1", DepartmentId = "sales", Roles = SalesHead.Roles },
            new Person("sun-hao", new LocalizedText("孙浩", "Sun Hao")) { DepartmentId = "sales" },
            new Person("zhou-na", new LocalizedText("周娜", "Zhou Na")) { DepartmentId = "sales" },
            new Person("zhang-wei", new LocalizedText("张伟", "Zhang Wei")) { TeamsUserId = "user-id-2", DepartmentId = "production", Roles = ProductionHead.Roles, Locale = "en-US" },
            new Person("wu-gang", new LocalizedText("吴刚", "Wu Gang")) { DepartmentId = "production" },
            new Person("gao-yu", new LocalizedText("高宇", "Gao Yu")) { TeamsUserId = "user-id-0", DepartmentId = "ops", Roles = OpsOffice.Roles },
            new Person("chen-jing", new LocalizedText("陈静", "Chen Jing")) { TeamsUserId = "user-id-5", Roles = Leader.Roles },
            new Person("sun-li", new LocalizedText("孙丽", "Sun Li")) { Roles = Employee.Roles },
        ],
    };

    public static PlanPeriod PeriodOf(PlanKind kind) => kind switch
    {
        PlanKind.Annual => PlanPeriod.Annual(2027),
        PlanKind.Quarterly => PlanPeriod.Quarterly(2027, 1),
        _ => PlanPeriod.Monthly(2027, 1),
    };

    public static PlanCycle Cycle(PlanKind kind = PlanKind.Monthly, PlanCycleState state = PlanCycleState.Open, int round = 0)
    {
        var period = PeriodOf(kind);
        return new PlanCycle(PlanCycle.IdFor(period), period, state)
        {
            DueDate = Today.AddDays(7),
            DepartmentIds = ["sales", "production"],
            OpenedBy = OpsOffice.PersonId,
            OpenedAt = Now,
            Round = round,
            Guidelines = kind == PlanKind.Annual ? "稳中求进" : null,
        };
    }

    public static PlanContent ValidContent(PlanKind kind = PlanKind.Monthly)
    {
        var start = PeriodOf(kind).Start;
        return new PlanContent
        {
            Targets =
            [
                new PlanTarget(Metrics.Sales, "万元", 1200m),
                new PlanTarget(Metrics.Profit, "万元", 150m),
                new PlanTarget(Metrics.MarketShare, "%", 12.5m),
            ],
            Tasks =
            [
                new PlanTask("t1", "华东渠道拓展", "sun-hao", start.AddDays(10)) { IsMilestone = true },
                new PlanTask("t2", "大客户回访", "zhou-na", start.AddDays(20)),
            ],
            Measures = "加强渠道激励",
            Resources = new ResourceNeeds { Headcount = 2, Budget = 50m, Materials = "展会展位" },
            Risks = [new PlanRisk("r1", "原材料涨价", RiskCategory.Market, 3, 4, RiskResponse.Reduce)],
        };
    }

    public static DepartmentPlan Plan(PlanKind kind = PlanKind.Monthly, DepartmentPlanState state = DepartmentPlanState.Draft, string departmentId = "sales") =>
        new(PlanCycle.IdFor(PeriodOf(kind)), departmentId, state)
        {
            Content = state == DepartmentPlanState.NotStarted ? PlanContent.Empty : ValidContent(kind),
            Revision = state is DepartmentPlanState.Submitted or DepartmentPlanState.Accepted or DepartmentPlanState.Returned ? 1 : 0,
        };

    public static DepartmentPlan ApprovedPlan(PlanKind kind) =>
        DepartmentPlanMachine.MarkApproved(Plan(kind, DepartmentPlanState.Accepted), Leader.PersonId, Now);

    public static IReadOnlyList<DepartmentPlan> AllAccepted(PlanKind kind = PlanKind.Monthly) =>
        [Plan(kind, DepartmentPlanState.Accepted, "sales"), Plan(kind, DepartmentPlanState.Accepted, "production")];
}
