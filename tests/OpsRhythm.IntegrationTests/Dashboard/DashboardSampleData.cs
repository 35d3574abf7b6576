using OpsRhythm.Domain.Indicators;
using OpsRhythm.Domain.Planning;
using OpsRhythm.Domain.Risks;
using RiskCategory = OpsRhythm.Domain.Risks.RiskCategory;
using OpsRhythm.Domain.WeeklyStatus;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.IntegrationTests.Dashboard;

/// <summary>
/// A month of operations for the sample organisation, written through the store the bot reads (the
/// integration tests use the bot's IDocumentStore, the browser tests open the running bot's SQLite file):
/// this month's plan cycle and plans, this week's reports, indicator figures of this and last year, risks and an alert.
/// The numbers below are what the tests expect to see.
/// </summary>
public static class DashboardSampleData
{
    public const string SalesBlockedTask = "华东大客户合同续签";
    public const string SalesRiskDescription = "主要客户流失风险";
    public const string FinanceRiskDescription = "=HYPERLINK(\"http://x\")应收账款逾期";
    public const int SalesCompletion = 50;
    public const int ProductionCompletion = 80;
    public const double SalesActualThisMonth = 1234;
    public const double SalesTargetThisMonth = 1300;
    public const double SalesLastYearThisMonth = 1100;

    /// <summary>Today in the organisation's time zone (Asia/Shanghai), as the bot computes it.</summary>
    public static DateOnly Today()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, zone).DateTime);
    }

    public static string Month(DateOnly today) => PlanPeriod.Monthly(today.Year, today.Month).ToString();

    public static async Task SeedAsync(IDocumentStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var today = Today();
        var now = DateTimeOffset.UtcNow;
        var period = PlanPeriod.Monthly(today.Year, today.Month);
        var cycleId = PlanCycle.IdFor(period);
        string[] departments = ["ops", "sales", "production", "finance", "hr"];
        await store.UpsertAsync(StorageContainers.Plans, new DocumentKey(cycleId, PlanCycle.DocumentId), new PlanCycle(cycleId, period, PlanCycleState.Open)
        {
            DueDate = period.Start.AddDays(5), DepartmentIds = departments, OpenedBy = "wang-min", OpenedAt = now,
        }, cancellationToken);

        var due = period.End;
        await PlanAsync(store, cycleId, "sales", DepartmentPlanState.Submitted, cancellationToken,
            new PlanTask("s1", SalesBlockedTask, "sun-hao", due) { Status = PlanTaskStatus.Blocked, ProgressPercent = 20, IsMilestone = true },
            new PlanTask("s2", "新品推广会", "zhou-na", due) { Status = PlanTaskStatus.Done },
            new PlanTask("s3", "渠道库存盘点", "li-qiang", due) { Status = PlanTaskStatus.InProgress, ProgressPercent = 30 });
        await PlanAsync(store, cycleId, "production", DepartmentPlanState.Accepted, cancellationToken,
            new PlanTask("p1", "二号线设备检修", "wu-gang", due) { Status = PlanTaskStatus.Done },
            new PlanTask("p2", "良品率提升", "zheng-hui", due) { Status = PlanTaskStatus.InProgress, ProgressPercent = 60 });
        await PlanAsync(store, cycleId, "finance", DepartmentPlanState.Draft, cancellationToken,
            new PlanTask("f1", "季度预算复核", "liu-yang", due) { Status = PlanTaskStatus.NotStarted });

        var week = IsoWeek.Of(today);
        var deadline = now.AddDays(1);
        await ReportAsync(store, new WeeklyStatusReport(week, "production", deadline)
        {
            State = ReportState.Submitted, Tasks = [new TaskProgress("良品率提升", 60, TaskHealth.OnTrack)], SubmittedBy = "zhang-wei", SubmittedAt = now,
        }, cancellationToken);
        await ReportAsync(store, new WeeklyStatusReport(week, "sales", deadline)
        {
            State = ReportState.Submitted, Late = true, SubmittedBy = "li-qiang", SubmittedAt = now,
            Tasks = [new TaskProgress(SalesBlockedTask, 20, TaskHealth.Blocked)],
            Problems = "客户审批流程延迟", HelpFromDepartmentId = "finance", HelpNeeded = "合同付款条款确认",
        }, cancellationToken);
        await ReportAsync(store, new WeeklyStatusReport(week, "finance", deadline), cancellationToken);

        for (var month = 1; month <= today.Month; month++)
        {
            var thisMonth = month == today.Month;
            await FigureAsync(store, "sales", "sales", today.Year, month, thisMonth ? SalesActualThisMonth : 1000 + (month * 10), now, cancellationToken);
            await FigureAsync(store, "sales", "sales", today.Year - 1, month, thisMonth ? SalesLastYearThisMonth : 900 + (month * 10), now, cancellationToken);
            await TargetAsync(store, "sales", "sales", today.Year, month, thisMonth ? SalesTargetThisMonth : 1050 + (month * 10), now, cancellationToken);
            await FigureAsync(store, "production", "production-efficiency", today.Year, month, 85 + (month % 4), now, cancellationToken);
            await TargetAsync(store, "production", "production-efficiency", today.Year, month, 88, now, cancellationToken);
        }

        await RiskAsync(store, new Risk("r-sales-1", "sales", RiskCategory.Market, SalesRiskDescription, 4, 4)
        {
            Strategy = ResponseStrategy.Reduce, OwnerPersonId = "li-qiang", CreatedBy = "li-qiang", CreatedAt = now,
        }, cancellationToken);
        await RiskAsync(store, new Risk("r-sales-2", "sales", RiskCategory.Other, "促销费用超支", 2, 3)
        {
            Strategy = ResponseStrategy.Accept, OwnerPersonId = "zhou-na", CreatedBy = "li-qiang", CreatedAt = now,
        }, cancellationToken);
        await RiskAsync(store, new Risk("r-production-1", "production", RiskCategory.Technology, "关键设备老化", 3, 4)
        {
            Strategy = ResponseStrategy.Reduce, OwnerPersonId = "wu-gang", CreatedBy = "zhang-wei", CreatedAt = now,
        }, cancellationToken);
        await RiskAsync(store, new Risk("r-finance-1", "finance", RiskCategory.Policy, FinanceRiskDescription, 2, 2)
        {
            Strategy = ResponseStrategy.Reduce, OwnerPersonId = "liu-yang", CreatedBy = "liu-yang", CreatedAt = now,
        }, cancellationToken);

        var alertPeriod = Period.Month(today.Year, today.Month).ToString();
        var alert = new RiskAlert(RiskAlert.IdFor("r-sales-1", "sales", alertPeriod, WarningLevel.Warning), "r-sales-1", "sales", "sales", alertPeriod,
            new ThresholdCrossing(WarningLevel.Warning, SalesActualThisMonth, 1250)) { RaisedAt = now };
        await store.UpsertAsync(StorageContainers.Indicators, new DocumentKey(IndicatorValue.PartitionFor("sales", today.Year), alert.Id), alert, cancellationToken);
    }

    private static async Task PlanAsync(IDocumentStore store, string cycleId, string departmentId, DepartmentPlanState state, CancellationToken cancellationToken, params PlanTask[] tasks) =>
        await store.UpsertAsync(StorageContainers.Plans, new DocumentKey(cycleId, DepartmentPlan.DocumentIdFor(departmentId)),
            new DepartmentPlan(cycleId, departmentId, state) { Content = new PlanContent { Tasks = tasks }, Revision = 1 }, cancellationToken);

    private static async Task ReportAsync(IDocumentStore store, WeeklyStatusReport report, CancellationToken cancellationToken) =>
        await store.UpsertAsync(StorageContainers.Status, new DocumentKey(report.Week, WeeklyStatusReport.IdFor(report.DepartmentId)), report, cancellationToken);

    private static async Task RiskAsync(IDocumentStore store, Risk risk, CancellationToken cancellationToken) =>
        await store.UpsertAsync(StorageContainers.Risks, new DocumentKey(risk.DepartmentId, risk.Id), risk, cancellationToken);

    private static async Task FigureAsync(IDocumentStore store, string department, string indicator, int year, int month, double value, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var period = Period.Month(year, month).ToString();
        await store.UpsertAsync(StorageContainers.Indicators, new DocumentKey(IndicatorValue.PartitionFor(department, year), IndicatorValue.IdFor(indicator, period)),
            new IndicatorValue(department, indicator, period, value) { EnteredBy = "wang-min", EnteredAt = now }, cancellationToken);
    }

    private static async Task TargetAsync(IDocumentStore store, string department, string indicator, int year, int month, double value, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var period = Period.Month(year, month).ToString();
        await store.UpsertAsync(StorageContainers.Indicators, new DocumentKey(IndicatorValue.PartitionFor(department, year), IndicatorTarget.IdFor(indicator, period)),
            new IndicatorTarget(department, indicator, period, value) { SetBy = "wang-min", SetAt = now }, cancellationToken);
    }
}
