using OpsRhythm.Bot.Delivery;
using OpsRhythm.Cards.WeeklyStatus;
using OpsRhythm.Domain.Planning;
using OpsRhythm.Domain.WeeklyStatus;
using OpsRhythm.IntegrationTests.Storage;
using OpsRhythm.Storage.Contract;
using static OpsRhythm.IntegrationTests.WeeklyStatus.WeeklyStatusHarness;

namespace OpsRhythm.IntegrationTests.WeeklyStatus;

/// <summary>
/// A week of status end to end on each store: the card from the published plan, a submit that moves the
/// plan (two partitions, two batches), a skip and the reminder job reaching only the missing heads. The detailed cases stay in <see cref="WeeklyStatusFlowTests"/> and <see cref="WeeklyStatusJobsTests"/> (SQLite).
/// </summary>
public abstract class WeeklyStatusFlowContract
{
    protected abstract IDocumentStore Store { get; }

    [ContractFact]
    public async Task Week_SubmitSkipRemind_PlanFollowsAndOnlyTheMissingAreReminded()
    {
        using var harness = new WeeklyStatusHarness(Store);
        await harness.PublishSalesPlanAsync();
        var card = await harness.StatusCardAsync("li-qiang");
        await harness.ClickAsync("li-qiang", card, WeeklyStatusVerbs.Submit, Inputs(
            ("task0.percent", "60"), ("task1.percent", "20"), ("task1.health", "Blocked"), ("task2.percent", "100"), ("task3.title", "展会筹备"), ("task3.percent", "10")));
        var production = await harness.StatusCardAsync("zhang-wei");
        await harness.ClickAsync("zhang-wei", production, WeeklyStatusVerbs.Submit, Inputs(("task0.title", "产线改造"), ("task0.percent", "80")));
        var hr = await harness.StatusCardAsync("zhao-li");
        await harness.ClickAsync("zhao-li", hr, WeeklyStatusVerbs.Skip, Inputs(("skipReason", "负责人休假")));

        var afternoon = new DateTimeOffset(2026, 11, 26, 7, 0, 0, TimeSpan.Zero);
        harness.Time.SetUtcNow(afternoon);
        await harness.Reminder.RunAsync(afternoon, CancellationToken.None);

        var tasks = (await harness.SalesPlanAsync()).Content.Tasks.ToDictionary(t => t.Id, t => (t.Status, t.ProgressPercent));
        Assert.Equal((PlanTaskStatus.InProgress, 60), tasks["t-1"]);
        Assert.Equal((PlanTaskStatus.Blocked, 20), tasks["t-2"]);
        var reports = (await harness.Reports.OfWeekAsync(Week, CancellationToken.None)).ToDictionary(r => r.Value.DepartmentId, r => r.Value, StringComparer.Ordinal);
        Assert.Equal((ReportState.Submitted, ReportState.Submitted, ReportState.Skipped), (reports["sales"].State, reports["production"].State, reports["hr"].State));
        Assert.Equal(1, reports["finance"].RemindersSent);
        var reminders = (await harness.OutboxAsync()).Where(m => m.Target.Kind == OutboxTargetKind.Person).Select(m => m.Target.Id).Order(StringComparer.Ordinal);
        Assert.Equal(["liu-yang", "wang-min"], reminders);
    }

    private static Dictionary<string, string> Inputs(params (string Key, string Value)[] inputs) => inputs.ToDictionary(i => i.Key, i => i.Value, StringComparer.Ordinal);
}
