using Microsoft.Extensions.DependencyInjection;
using OpsRhythm.Bot.Delivery;
using OpsRhythm.Bot.Scheduling;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Planning;
using OpsRhythm.Domain.Planning;
using static OpsRhythm.IntegrationTests.Planning.PlanningHarness;

namespace OpsRhythm.IntegrationTests.Planning;

/// <summary>
/// Late plan submissions on a stopped clock and a real SQLite store: heads reminded on the configured
/// days before the due date, the ops office told once a day per overdue plan, and the company card and
/// the dashboard marking the plan 逾期, all on the organisation's calendar (Asia/Shanghai).
/// </summary>
public sealed class LateSubmissionTests : IDisposable
{
    private const string Cycle = "monthly-2027-01";
    private const string Ops = "wang-min";
    private static readonly string[] Heads = ["wang-min", "li-qiang", "zhang-wei", "liu-yang", "zhao-li"];

    private readonly PlanningHarness _harness = new(new Dictionary<string, string?> { ["Planning:Submission:RemindDaysBefore"] = "3,1" });

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task ThreeAndOneDayBefore_HeadsWhoHaveNotSubmittedAreRemindedOncePerDay()
    {
        await OpenAsync("2026-12-27");
        await SubmitAsync("li-qiang", "sales", "sun-hao");

        await RunAtAsync(new DateTimeOffset(2026, 12, 22, 1, 0, 0, TimeSpan.Zero)); // five days before: nothing
        Assert.Empty(Reminders(await _harness.OutboxAsync(Cycle)));

        await RunAtAsync(new DateTimeOffset(2026, 12, 24, 1, 0, 0, TimeSpan.Zero)); // three days before
        await RunAtAsync(new DateTimeOffset(2026, 12, 24, 5, 0, 0, TimeSpan.Zero)); // a rerun the same day sends nothing more
        var reminded = Reminders(await _harness.OutboxAsync(Cycle));
        Assert.Equal(Heads.Where(h => h != "li-qiang").Order(StringComparer.Ordinal), reminded.Select(m => m.Target.Id).Order(StringComparer.Ordinal));
        Assert.Contains("还剩 3 天", reminded.First(m => m.Target == OutboxTarget.Person("zhang-wei")).Activity.ToString(), StringComparison.Ordinal);

        await RunAtAsync(new DateTimeOffset(2026, 12, 26, 1, 0, 0, TimeSpan.Zero)); // one day before
        Assert.Equal(8, Reminders(await _harness.OutboxAsync(Cycle)).Count);
        Assert.Equal(8, (await _harness.AuditAsync(Cycle)).Count(a => a.Action == "plan.submission-reminded"));
    }

    [Fact]
    public async Task AfterTheDueDate_OpsChannelToldOncePerOverduePlanPerDay()
    {
        await OpenAsync("2026-12-27");
        await SubmitAsync("li-qiang", "sales", "sun-hao");

        // 2026-12-27 17:00 UTC is already the 28th in Shanghai: the due date (the 27th) has passed there.
        await RunAtAsync(new DateTimeOffset(2026, 12, 27, 17, 0, 0, TimeSpan.Zero));
        await RunAtAsync(new DateTimeOffset(2026, 12, 28, 2, 0, 0, TimeSpan.Zero));
        var escalations = Escalations(await _harness.OutboxAsync(Cycle));
        Assert.Equal(4, escalations.Count);
        Assert.All(escalations, m => Assert.Equal(OutboxTarget.Channel("channel-ops"), m.Target));
        Assert.Contains(escalations, m => m.Activity.ToString().Contains("生产部", StringComparison.Ordinal) && m.Activity.ToString().Contains("逾期", StringComparison.Ordinal));
        Assert.DoesNotContain(escalations, m => m.Activity.ToString().Contains("销售部", StringComparison.Ordinal));

        await RunAtAsync(new DateTimeOffset(2026, 12, 29, 1, 0, 0, TimeSpan.Zero));
        Assert.Equal(8, Escalations(await _harness.OutboxAsync(Cycle)).Count);
        Assert.Equal(8, (await _harness.AuditAsync(Cycle)).Count(a => a.Action == "plan.overdue-escalated"));
    }

    [Fact]
    public async Task OnTheDueDateInTheOrganisationsZone_NotYetOverdue()
    {
        await OpenAsync("2026-12-27");

        // 2026-12-27 15:00 UTC = 23:00 in Shanghai, still the due date.
        await RunAtAsync(new DateTimeOffset(2026, 12, 27, 15, 0, 0, TimeSpan.Zero));

        Assert.Empty(Escalations(await _harness.OutboxAsync(Cycle)));
        Assert.DoesNotContain("逾期", PlanningHarness.Texts(CardOf(await _harness.SayAsync(Ops, _harness.Command("月度计划")))), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PastDue_CompanyCardBoardAndDashboardMarkUnsubmittedPlansOverdue()
    {
        await OpenAsync("2026-12-27");
        await SubmitAsync("li-qiang", "sales", "sun-hao");
        _harness.Time.SetUtcNow(new DateTimeOffset(2026, 12, 28, 1, 0, 0, TimeSpan.Zero));

        var company = PlanningHarness.Texts(CardOf(await _harness.SayAsync(Ops, _harness.Command("月度计划"))));
        Assert.Contains("未开始（逾期）", company, StringComparison.Ordinal);
        Assert.DoesNotContain("已提交（逾期）", company, StringComparison.Ordinal);
        var board = PlanningHarness.Texts(CardOf(await _harness.SayAsync(Ops, _harness.Command("计划看板"))));
        Assert.Contains("（逾期）", board, StringComparison.Ordinal);

        var section = new OpsRhythm.Bot.Dashboard.PlanSection(_harness.Documents, new OpsRhythm.Domain.Time.OrganisationClock(_harness.Time));
        var (plans, _) = await section.ReadAsync(PlanPeriod.Monthly(2027, 1), [], _harness.Organisation, Localizer.EnUs, CancellationToken.None);
        var sales = plans.Departments.Single(d => d.DepartmentId == "sales");
        var production = plans.Departments.Single(d => d.DepartmentId == "production");
        Assert.Equal((false, true), (sales.Overdue, production.Overdue));
        Assert.EndsWith("(overdue)", production.StateLabel, StringComparison.Ordinal);
    }

    private async Task RunAtAsync(DateTimeOffset at)
    {
        _harness.Time.SetUtcNow(at);
        var job = _harness.Services.GetServices<IScheduledJob>().Single(j => j.Name == "plan-submission-follow-up");
        await job.RunAsync(at, CancellationToken.None);
    }

    private static List<OutboxMessage> Reminders(IEnumerable<OutboxMessage> messages) =>
        [.. messages.Where(m => m.IdempotencyKey.Contains(":submission:", StringComparison.Ordinal) && m.IdempotencyKey.Contains(":reminder:", StringComparison.Ordinal))];

    private static List<OutboxMessage> Escalations(IEnumerable<OutboxMessage> messages) =>
        [.. messages.Where(m => m.IdempotencyKey.Contains(":submission:", StringComparison.Ordinal) && m.IdempotencyKey.Contains(":overdue:", StringComparison.Ordinal))];

    private async Task OpenAsync(string due)
    {
        var form = CardOf(await _harness.SayAsync(Ops, _harness.Command("开启月度计划")));
        await _harness.ClickAsync(Ops, RequiredButton(form, PlanVerbs.Open), new Dictionary<string, string>(StringComparer.Ordinal) { [PlanFields.Period] = "2027-01", [PlanFields.DueDate] = due });
    }

    private async Task SubmitAsync(string head, string department, string owner)
    {
        var plan = CardOf(await _harness.ClickAsync(head, new Dictionary<string, string>(StringComparer.Ordinal) { ["verb"] = PlanVerbs.View, ["id"] = PlanVerbs.PlanEntityId(Cycle, department) }));
        var section = CardOf(await _harness.ClickAsync(head, RequiredButton(plan, PlanVerbs.Edit, nameof(OpsRhythm.Cards.Planning.PlanSection.Tasks))));
        var saved = CardOf(await _harness.ClickAsync(head, RequiredButton(section, PlanVerbs.Save), new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["tasks.0.title"] = "客户拜访", ["tasks.0.owner"] = owner, ["tasks.0.due"] = "2027-01-15", ["tasks.0.milestone"] = "true",
        }));
        CardOf(await _harness.ClickAsync(head, RequiredButton(saved, PlanVerbs.Submit)));
    }
}
