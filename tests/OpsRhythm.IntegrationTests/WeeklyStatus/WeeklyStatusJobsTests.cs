using OpsRhythm.Bot.Delivery;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.WeeklyStatus;
using static OpsRhythm.IntegrationTests.Planning.PlanningHarness;
using static OpsRhythm.IntegrationTests.WeeklyStatus.WeeklyStatusHarness;

namespace OpsRhythm.IntegrationTests.WeeklyStatus;

/// <summary>The prompt, follow-up reminders and the digest for the ops channel, over a real SQLite store.</summary>
public sealed class WeeklyStatusJobsTests : IDisposable
{
    private static readonly Localizer Zh = Localizer.ZhCn;

    /// <summary>Thursday 15:00 in Shanghai: a reminder occurrence of the default WeeklyStatus:ReminderCron.</summary>
    private static readonly DateTimeOffset ThursdayAfternoon = new(2026, 11, 26, 7, 0, 0, TimeSpan.Zero);

    private readonly WeeklyStatusHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    private static Dictionary<string, string> Inputs(params (string Key, string Value)[] inputs) => inputs.ToDictionary(i => i.Key, i => i.Value, StringComparer.Ordinal);

    private async Task SalesAndProductionReportAsync()
    {
        var sales = await _harness.StatusCardAsync("li-qiang");
        await _harness.ClickAsync("li-qiang", sales, WeeklyStatusVerbs.Submit, Inputs(
            ("task0.percent", "40"), ("task1.percent", "20"), ("task1.health", "Blocked"), ("task2.percent", "70"),
            ("problems", "新品成本数据未到"), ("helpFrom", "finance"), ("helpNeeded", "提供新品成本核算")));
        var production = await _harness.StatusCardAsync("zhang-wei");
        await _harness.ClickAsync("zhang-wei", production, WeeklyStatusVerbs.Submit, Inputs(("task0.title", "产线改造"), ("task0.percent", "80"), ("task0.health", "AtRisk")));
    }

    private static string Readable(OutboxMessage message) => Texts(message.Activity.GetProperty("attachments")[0].GetProperty("content"));

    [Fact]
    public async Task Reminder_TwoDepartmentsIn_OnlyTheOthersRemindedAsStatusReminders()
    {
        await _harness.PublishSalesPlanAsync();
        await SalesAndProductionReportAsync();
        var hr = await _harness.StatusCardAsync("zhao-li");
        await _harness.ClickAsync("zhao-li", hr, WeeklyStatusVerbs.Skip, Inputs(("skipReason", "负责人休假")));
        _harness.Time.SetUtcNow(ThursdayAfternoon);

        await _harness.Reminder.RunAsync(ThursdayAfternoon, CancellationToken.None);

        var reminders = await _harness.OutboxAsync();
        Assert.Equal(["liu-yang", "wang-min"], reminders.Select(m => m.Target.Id).Order());
        Assert.All(reminders, m => Assert.Equal((OutboxTargetKind.Person, ActivityFeedTypes.StatusReminder), (m.Target.Kind, m.ActivityFeed?.Type)));
        Assert.Contains(Zh.Format("WeeklyStatus.Reminder", "11月27日（周五）12:00"), Readable(reminders[0]), StringComparison.Ordinal);

        // The feed item names the week and its deadline as the cards do, on the organisation's clock.
        Assert.All(reminders, m => Assert.Equal("第48周（11月23日–29日）", m.ActivityFeed!.Parameters["week"]));
        Assert.All(reminders, m => Assert.Equal("11月27日（周五）12:00", m.ActivityFeed!.Parameters["due"]));
        Assert.Equal(1, (await _harness.Reports.FindAsync(Week, "finance", CancellationToken.None))!.Value.RemindersSent);
    }

    [Fact]
    public async Task Reminder_EachOccurrence_RemindsAgain_SameOccurrenceTwice_Once()
    {
        _harness.Time.SetUtcNow(ThursdayAfternoon);
        await _harness.Reminder.RunAsync(ThursdayAfternoon, CancellationToken.None);
        await _harness.Reminder.RunAsync(ThursdayAfternoon, CancellationToken.None);
        var friday = new DateTimeOffset(2026, 11, 27, 1, 0, 0, TimeSpan.Zero);
        _harness.Time.SetUtcNow(friday);
        await _harness.Reminder.RunAsync(friday, CancellationToken.None);

        var toFinance = (await _harness.OutboxAsync()).Where(m => m.Target.Id == "liu-yang").ToList();
        Assert.Equal(2, toFinance.Count);
        Assert.Equal(2, (await _harness.Reports.FindAsync(Week, "finance", CancellationToken.None))!.Value.RemindersSent);
    }

    [Fact]
    public async Task Reminder_AfterDeadlineOrAtThePromptsOwnOccurrence_NoReminder()
    {
        await _harness.Reminder.RunAsync(Thursday.AddHours(-1), CancellationToken.None);
        _harness.Time.SetUtcNow(Deadline.AddHours(3));
        await _harness.Reminder.RunAsync(Deadline.AddHours(3), CancellationToken.None);

        Assert.Empty(await _harness.OutboxAsync());
    }

    [Fact]
    public async Task Prompt_EveryHeadGetsTheCardWithTheirPlanTasks_AsStatusReminder()
    {
        await _harness.PublishSalesPlanAsync();

        await _harness.Prompt.RunAsync(Thursday.AddHours(-1), CancellationToken.None);

        var prompts = await _harness.OutboxAsync();
        Assert.Equal(["li-qiang", "liu-yang", "wang-min", "zhang-wei", "zhao-li"], prompts.Select(m => m.Target.Id).Order());
        Assert.All(prompts, m => Assert.Equal(ActivityFeedTypes.StatusReminder, m.ActivityFeed?.Type));
        Assert.Contains("华东区大客户拜访", Readable(prompts.Single(m => m.Target.Id == "li-qiang")), StringComparison.Ordinal);
        Assert.DoesNotContain("华东区大客户拜访", Readable(prompts.Single(m => m.Target.Id == "zhang-wei")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Digest_PostedToOpsChannelOnce_BlockersFirstThenMissingCountsOverdueAndAgenda()
    {
        await _harness.PublishSalesPlanAsync();
        await SalesAndProductionReportAsync();
        var occurrence = new DateTimeOffset(2026, 11, 27, 5, 0, 0, TimeSpan.Zero);
        _harness.Time.SetUtcNow(occurrence);

        await _harness.Digest.RunAsync(occurrence, CancellationToken.None);
        await _harness.Digest.RunAsync(occurrence, CancellationToken.None);

        var digest = Assert.Single(await _harness.OutboxAsync(), m => m.Target.Kind == OutboxTargetKind.Channel);
        Assert.Equal("channel-ops", digest.Target.Id);
        var text = Readable(digest);
        int At(string s) => text.IndexOf(s, StringComparison.Ordinal) is var i and >= 0 ? i : throw new InvalidOperationException($"'{s}' not in the digest:\n{text}");
        Assert.True(At(Zh["WeeklyStatus.Digest.Blockers"]) < At(Zh["WeeklyStatus.Digest.Missing"]));
        Assert.True(At(Zh["WeeklyStatus.Digest.Missing"]) < At(Zh["WeeklyStatus.Digest.Counts"]));
        Assert.True(At(Zh["WeeklyStatus.Digest.Counts"]) < At(Zh["WeeklyStatus.Digest.Overdue"]));
        Assert.True(At(Zh["WeeklyStatus.Digest.Overdue"]) < At(Zh["WeeklyStatus.Digest.Agenda"]));
        Assert.Contains("运营管理部, 财务部, 人力资源部", text, StringComparison.Ordinal);
        Assert.Contains("经销商季度回访", text[At(Zh["WeeklyStatus.Digest.Overdue"])..], StringComparison.Ordinal);
        var agenda = text[At(Zh["WeeklyStatus.Digest.Agenda"])..];
        Assert.Contains("1. " + Zh.Format("WeeklyStatus.Agenda.Blocker", "销售部", "新品报价单"), agenda, StringComparison.Ordinal);
        Assert.Contains("2. " + Zh.Format("WeeklyStatus.Agenda.HelpRequest", "销售部", "财务部", "提供新品成本核算"), agenda, StringComparison.Ordinal);
        Assert.Contains("3. " + Zh.Format("WeeklyStatus.Agenda.Overdue", "销售部", "经销商季度回访", "2026年11月18日"), agenda, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Digest_ProblemAlsoLastWeek_ListedAsRecurring()
    {
        await _harness.PublishSalesPlanAsync();
        await SalesAndProductionReportAsync();
        var lastWeek = (await _harness.Reports.FindAsync(Week, "sales", CancellationToken.None))!.Value with { Week = "2026-W47" };
        await _harness.SeedAsync(lastWeek);
        var occurrence = new DateTimeOffset(2026, 11, 27, 5, 0, 0, TimeSpan.Zero);

        await _harness.Digest.RunAsync(occurrence, CancellationToken.None);

        var text = Readable(Assert.Single(await _harness.OutboxAsync()));
        Assert.Contains(Zh["WeeklyStatus.Digest.Recurring"], text, StringComparison.Ordinal);
        Assert.Contains(Zh.Format("WeeklyStatus.Agenda.Recurring", "销售部", "新品成本数据未到"), text, StringComparison.Ordinal);
    }
}
