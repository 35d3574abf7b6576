using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpsRhythm.Bot.Planning.Tracking;
using OpsRhythm.Bot.Delivery;
using OpsRhythm.Bot.Scheduling;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Planning;
using OpsRhythm.Domain.Planning;
using static OpsRhythm.IntegrationTests.Planning.PlanningHarness;
using static OpsRhythm.IntegrationTests.Planning.TaskOwners.TaskOwnerSteps;

namespace OpsRhythm.IntegrationTests.Planning.TaskOwners;

/// <summary>
/// Issue 19.3: the owner of a task of the published plan that is past its due date and not done is told
/// once per task per day, days counted in the organisation's zone (Asia/Shanghai), until it is done.
/// 孙浩's 客户拜访 is due 2027-01-15.
/// </summary>
public sealed class TaskOverdueTests : IDisposable
{
    private readonly PlanningHarness _harness = new();
    private readonly TaskOwnerSteps _steps;

    public TaskOverdueTests() => _steps = new TaskOwnerSteps(_harness);

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task PastItsDueDay_OwnerToldOncePerDayInTheOrganisationsZone()
    {
        await _steps.PublishedAsync();

        // 2027-01-15 15:00 UTC is 23:00 in Shanghai: still the due day.
        await RunAtAsync(new DateTimeOffset(2027, 1, 15, 15, 0, 0, TimeSpan.Zero));
        Assert.Empty(await OverdueAsync());

        // 17:00 UTC is already the 16th in Shanghai; a rerun the same Shanghai day sends nothing more.
        await RunAtAsync(new DateTimeOffset(2027, 1, 15, 17, 0, 0, TimeSpan.Zero));
        await RunAtAsync(new DateTimeOffset(2027, 1, 16, 9, 0, 0, TimeSpan.Zero));
        var first = Assert.Single(await OverdueAsync());
        Assert.Equal(OutboxTarget.Person(Owner), first.Target);
        Assert.Contains(Localizer.ZhCn.Format("Planning.Notify.TaskOverdue", Visit), first.Activity.ToString(), StringComparison.Ordinal);
        Assert.Contains("已逾期 1 天", first.Activity.ToString(), StringComparison.Ordinal);
        Assert.NotNull(Button(first.Activity.GetProperty("attachments")[0].GetProperty("content"), PlanVerbs.Tasks));

        // The next Shanghai day: told again.
        await RunAtAsync(new DateTimeOffset(2027, 1, 17, 1, 0, 0, TimeSpan.Zero));
        var all = await OverdueAsync();
        Assert.Equal(2, all.Count);
        Assert.Contains(all, m => m.Activity.ToString().Contains("已逾期 2 天", StringComparison.Ordinal));
        Assert.Equal(2, (await _harness.AuditAsync(Cycle)).Count(a => a.Action == "plan.task-overdue-notified" && a.ActorPersonId == PlanActor.SystemId));
    }

    [Fact]
    public async Task OnceDone_NoMoreNotices()
    {
        await _steps.PublishedAsync();
        await RunAtAsync(new DateTimeOffset(2027, 1, 16, 1, 0, 0, TimeSpan.Zero));

        var mine = CardOf(await _harness.SayAsync(Owner, _harness.Command("我的任务"), "2027-01"));
        var save = RequiredButton(mine, PlanVerbs.UpdateTasks);
        var taskId = save[TaskProgressCard.TaskIdsKey];
        CardOf(await _harness.ClickAsync(Owner, save, Inputs((TaskProgressCard.StatusId(taskId), nameof(PlanTaskStatus.Done)))));
        await RunAtAsync(new DateTimeOffset(2027, 1, 17, 1, 0, 0, TimeSpan.Zero));

        Assert.Single(await OverdueAsync());
    }

    [Fact]
    public async Task Disabled_NoNotices()
    {
        using var harness = new PlanningHarness(new Dictionary<string, string?> { ["Planning:TaskOverdue:Enabled"] = "false" });
        await new TaskOwnerSteps(harness).PublishedAsync();
        var at = new DateTimeOffset(2027, 1, 17, 1, 0, 0, TimeSpan.Zero);
        harness.Time.SetUtcNow(at);

        await harness.Services.GetServices<IScheduledJob>().Single(j => j.Name == "plan-task-overdue").RunAsync(at, CancellationToken.None);

        Assert.DoesNotContain(await harness.OutboxAsync(Cycle), m => m.IdempotencyKey.Contains(":task-overdue:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Planning:TaskOverdue:Cron", "every morning")]
    [InlineData("Planning:TaskOverdue:Cron", "")]
    public void Options_Invalid_RefusedAtStart(string key, string value)
    {
        using var harness = new PlanningHarness(new Dictionary<string, string?> { [key] = value });

        Assert.Throws<OptionsValidationException>(() => harness.Services.GetRequiredService<IOptions<TaskOverdueOptions>>().Value);
    }

    private async Task<List<OutboxMessage>> OverdueAsync() =>
        [.. (await _harness.OutboxAsync(Cycle)).Where(m => m.IdempotencyKey.Contains(":task-overdue:", StringComparison.Ordinal))];

    private async Task RunAtAsync(DateTimeOffset at)
    {
        _harness.Time.SetUtcNow(at);
        var job = _harness.Services.GetServices<IScheduledJob>().Single(j => j.Name == "plan-task-overdue");
        await job.RunAsync(at, CancellationToken.None);
    }
}
