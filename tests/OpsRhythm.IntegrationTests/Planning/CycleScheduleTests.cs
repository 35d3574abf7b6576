using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using OpsRhythm.Bot.Delivery;
using OpsRhythm.Bot.Organisation;
using OpsRhythm.Bot.Planning.Cycles;
using OpsRhythm.Bot.Scheduling;
using OpsRhythm.Domain.Planning;
using static OpsRhythm.IntegrationTests.Planning.PlanningHarness;

namespace OpsRhythm.IntegrationTests.Planning;

/// <summary>
/// Cycles opened by the scheduler at period end, in the organisation's time zone (Asia/Shanghai,
/// UTC+8): the jobs come from AddPlanning and run under the real JobScheduler on a fake clock.
/// </summary>
public sealed class CycleScheduleTests : IDisposable
{
    private static readonly TimeSpan Shanghai = TimeSpan.FromHours(8);
    private PlanningHarness _harness = new();
    private JobScheduler _scheduler = null!;

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task MonthEnd_NineInShanghai_OpensNextMonthAsTheSystemAndNotifiesEachHead()
    {
        await RunAsync(from: new DateTimeOffset(2027, 1, 30, 20, 0, 0, Shanghai), until: new DateTimeOffset(2027, 2, 1, 12, 0, 0, Shanghai));

        var cycle = (await _harness.Documents.CycleAsync("monthly-2027-02", default))!.Value;
        Assert.Equal((PlanActor.SystemId, new DateOnly(2027, 2, 5)), (cycle.OpenedBy, cycle.DueDate));
        Assert.Equal(new DateTimeOffset(2027, 1, 31, 9, 0, 0, Shanghai), cycle.OpenedAt);
        Assert.Single(await _harness.AuditAsync("monthly-2027-02"), a => a.Action == "plan.opened" && a.ActorPersonId == PlanActor.SystemId);
        var messages = await _harness.OutboxAsync("monthly-2027-02");
        Assert.Equal(5, messages.Count(m => m.Target.Kind == OutboxTargetKind.Person));
        Assert.Contains(messages, m => m.Target == OutboxTarget.Channel("channel-ops"));
        Assert.Equal(5, (await _harness.AllAsync<DepartmentPlan>("monthly-2027-02")).Count);
        Assert.Null(await _harness.Documents.CycleAsync("quarterly-2027-Q2", default));
    }

    [Fact]
    public async Task QuarterEnd_BeforeNineInShanghai_NothingYetThenMonthAndQuarterOpen()
    {
        // 31 March 08:59 in Shanghai is 00:59 UTC: not yet.
        await RunAsync(from: new DateTimeOffset(2027, 3, 30, 23, 0, 0, Shanghai), until: new DateTimeOffset(2027, 3, 31, 8, 59, 0, Shanghai));
        Assert.Null(await _harness.Documents.CycleAsync("monthly-2027-04", default));

        await StepAsync(until: new DateTimeOffset(2027, 3, 31, 9, 30, 0, Shanghai));

        Assert.Equal(PlanActor.SystemId, (await _harness.Documents.CycleAsync("monthly-2027-04", default))!.Value.OpenedBy);
        var quarter = (await _harness.Documents.CycleAsync("quarterly-2027-Q2", default))!.Value;
        Assert.Equal((PlanActor.SystemId, new DateOnly(2027, 4, 10)), (quarter.OpenedBy, quarter.DueDate));
    }

    [Fact]
    public async Task YearEnd_AnnualEnabledWithGuidelines_OpensNextYearWithThem()
    {
        _harness.Dispose();
        _harness = new PlanningHarness(new Dictionary<string, string?>
        {
            ["Planning:Schedule:AnnualEnabled"] = "true",
            ["Planning:Schedule:AnnualCron"] = "0 9 L 12 *",
            ["Planning:Schedule:AnnualGuidelines"] = "稳中求进",
        });

        // 31 December 09:00 in Shanghai is still 01:00 UTC on the 31st; the UTC year end (08:00 on 1 January in Shanghai) opens nothing more.
        await RunAsync(from: new DateTimeOffset(2027, 12, 30, 12, 0, 0, Shanghai), until: new DateTimeOffset(2028, 1, 1, 12, 0, 0, Shanghai));

        var annual = (await _harness.Documents.CycleAsync("annual-2028", default))!.Value;
        Assert.Equal((PlanActor.SystemId, "稳中求进", new DateOnly(2028, 1, 20)), (annual.OpenedBy, annual.Guidelines, annual.DueDate));
        Assert.NotNull(await _harness.Documents.CycleAsync("quarterly-2028-Q1", default));
        Assert.NotNull(await _harness.Documents.CycleAsync("monthly-2028-01", default));
        Assert.Null(await _harness.Documents.CycleAsync("monthly-2028-02", default));
    }

    [Fact]
    public async Task MonthEnd_CycleAlreadyOpenedByTheOpsOffice_LeftAsItIs()
    {
        _harness.Time.SetUtcNow(new DateTimeOffset(2027, 1, 20, 10, 0, 0, Shanghai));
        var form = CardOf(await _harness.SayAsync("wang-min", _harness.Command("开启月度计划")));
        await _harness.ClickAsync("wang-min", RequiredButton(form, Cards.Planning.PlanVerbs.Open), new Dictionary<string, string> { [PlanFields.Period] = "2027-02", [PlanFields.DueDate] = "2027-01-28" });
        var before = await _harness.OutboxAsync("monthly-2027-02");

        await RunAsync(from: new DateTimeOffset(2027, 1, 31, 8, 0, 0, Shanghai), until: new DateTimeOffset(2027, 1, 31, 10, 0, 0, Shanghai));

        Assert.Equal("wang-min", (await _harness.Documents.CycleAsync("monthly-2027-02", default))!.Value.OpenedBy);
        // Nothing more from the opening; the plans are past their due date (28 January), so the
        // late-submission follow-up, which also runs, rightly tells the ops office about them.
        Assert.Equal(before.Count, (await _harness.OutboxAsync("monthly-2027-02")).Count(m => !m.IdempotencyKey.Contains(":submission:", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("Planning:Schedule:MonthlyCron", "every month")]
    [InlineData("Planning:Schedule:AnnualEnabled", "true")]
    [InlineData("Planning:Schedule:QuarterlyDueDays", "-1")]
    public void Options_Invalid_RefusedAtStart(string key, string value)
    {
        using var harness = new PlanningHarness(new Dictionary<string, string?> { [key] = value });

        Assert.Throws<OptionsValidationException>(() => harness.Services.GetRequiredService<IOptions<CycleScheduleOptions>>().Value);
    }

    private async Task RunAsync(DateTimeOffset from, DateTimeOffset until)
    {
        _harness.Time.SetUtcNow(from);
        var options = Options.Create(new SchedulingOptions());
        _scheduler = new JobScheduler(
            _harness.Services.GetServices<IScheduledJob>(),
            new OrganisationScheduleTimeZone(_harness.Services.GetRequiredService<IOrganisationDirectory>(), options, NullLogger<OrganisationScheduleTimeZone>.Instance),
            _harness.Store,
            options,
            _harness.Time,
            NullLogger<JobScheduler>.Instance);
        await _scheduler.CatchUpAsync(CancellationToken.None);
        await StepAsync(until);
    }

    private async Task StepAsync(DateTimeOffset until)
    {
        while (_harness.Time.GetUtcNow() < until)
        {
            var next = _harness.Time.GetUtcNow() + TimeSpan.FromMinutes(30);
            _harness.Time.SetUtcNow(next < until ? next : until);
            await _scheduler.RunDueAsync(CancellationToken.None);
        }
    }
}
