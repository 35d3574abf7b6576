using System.Text.Json;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.WeeklyStatus;
using OpsRhythm.Domain.Auditing;
using OpsRhythm.Domain.Planning;
using OpsRhythm.Domain.WeeklyStatus;
using OpsRhythm.Storage.Contract;
using static OpsRhythm.IntegrationTests.Planning.PlanningHarness;
using static OpsRhythm.IntegrationTests.WeeklyStatus.WeeklyStatusHarness;

namespace OpsRhythm.IntegrationTests.WeeklyStatus;

/// <summary>R-1.7: the status card with the monthly plan's tasks, the plan's tracking fed from it, edits, skips and late answers.</summary>
public sealed class WeeklyStatusFlowTests : IDisposable
{
    private static readonly Localizer Zh = Localizer.ZhCn;
    private readonly WeeklyStatusHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    private static Dictionary<string, string> Inputs(params (string Key, string Value)[] inputs) => inputs.ToDictionary(i => i.Key, i => i.Value, StringComparer.Ordinal);

    private static JsonElement Input(JsonElement card, string id) =>
        Descendants(card).Single(e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("id", out var i) && i.GetString() == id);

    [Fact]
    public async Task StatusCard_PublishedMonthlyPlan_ListsOpenTasksPrefilledFromTracking()
    {
        await _harness.PublishSalesPlanAsync();

        var card = await _harness.StatusCardAsync("li-qiang");

        var texts = Texts(card);
        Assert.Contains("华东区大客户拜访", texts, StringComparison.Ordinal);
        Assert.Contains("经销商季度回访", texts, StringComparison.Ordinal);
        Assert.DoesNotContain("渠道返利结算", texts, StringComparison.Ordinal);
        Assert.Equal("t-1,t-2,t-4", RequiredButton(card, WeeklyStatusVerbs.Submit)[WeeklyStatusFormCard.PlanTasksKey]);
        Assert.Equal(40, Input(card, "task0.percent").GetProperty("value").GetDouble());
        Assert.Equal(70, Input(card, "task2.percent").GetProperty("value").GetDouble());
        Assert.Equal(string.Empty, Input(card, "task3.title").GetProperty("value").GetString());
    }

    [Fact]
    public async Task Submit_PlanTaskProgress_PlanTrackingUpdatedThroughItsRulesWithAudit()
    {
        await _harness.PublishSalesPlanAsync();
        var card = await _harness.StatusCardAsync("li-qiang");

        var result = await _harness.ClickAsync("li-qiang", card, WeeklyStatusVerbs.Submit, Inputs(
            ("task0.percent", "60"), ("task0.health", "AtRisk"),
            ("task1.percent", "20"), ("task1.health", "Blocked"),
            ("task2.percent", "100"), ("task2.health", "OnTrack"),
            ("task3.title", "展会筹备"), ("task3.percent", "10")));

        Assert.Contains(Zh["WeeklyStatus.PlanUpdated"], Texts(CardOf(result)), StringComparison.Ordinal);
        var tasks = (await _harness.SalesPlanAsync()).Content.Tasks.ToDictionary(t => t.Id, t => (t.Status, t.ProgressPercent));
        Assert.Equal((PlanTaskStatus.InProgress, 60), tasks["t-1"]);
        Assert.Equal((PlanTaskStatus.Blocked, 20), tasks["t-2"]);
        Assert.Equal((PlanTaskStatus.Done, 100), tasks["t-3"]);
        Assert.Equal((PlanTaskStatus.Done, 100), tasks["t-4"]);
        var audit = await _harness.PlanAuditAsync();
        Assert.Equal(3, audit.Count(a => a.Action == "plan." + PlanEvents.TaskUpdated && a.ActorPersonId == "li-qiang" && a.Details["weeklyStatus"] == Week));
        var report = (await _harness.Reports.FindAsync(Week, "sales", CancellationToken.None))!.Value;
        Assert.Equal(["t-1", "t-2", "t-4", null], report.Tasks.Select(t => t.PlanTaskId));
    }

    [Fact]
    public async Task Submit_UnchangedPlanRows_NoPlanWrite()
    {
        await _harness.PublishSalesPlanAsync();
        var before = await _harness.Plans.PlanAsync(November, "sales", CancellationToken.None);
        var card = await _harness.StatusCardAsync("li-qiang");

        var result = await _harness.ClickAsync("li-qiang", card, WeeklyStatusVerbs.Submit, Inputs(("task0.percent", "40"), ("task1.percent", "0"), ("task2.percent", "70")));

        Assert.DoesNotContain(Zh["WeeklyStatus.PlanUpdated"], Texts(CardOf(result)), StringComparison.Ordinal);
        Assert.Equal(before!.ETag, (await _harness.Plans.PlanAsync(November, "sales", CancellationToken.None))!.ETag);
        Assert.Empty(await _harness.PlanAuditAsync());
    }

    [Fact]
    public async Task Submit_OpsOfficeOnBehalf_ReportSavedButPlanLeftToTheHead()
    {
        await _harness.PublishSalesPlanAsync();
        var card = await _harness.StatusCardAsync("li-qiang");

        var result = await _harness.ClickAsync("wang-min", card, WeeklyStatusVerbs.Submit, Inputs(("task0.percent", "90"), ("task1.percent", "0"), ("task2.percent", "70")));

        Assert.Contains(Zh["WeeklyStatus.PlanNotAllowed"], Texts(CardOf(result)), StringComparison.Ordinal);
        Assert.Equal(ReportState.Submitted, (await _harness.Reports.FindAsync(Week, "sales", CancellationToken.None))!.Value.State);
        Assert.Equal(40, (await _harness.SalesPlanAsync()).Content.Tasks[0].ProgressPercent);
    }

    [Fact]
    public async Task Submit_MonthlyCycleNotPublished_FreeFormCardAndNoPlanWrite()
    {
        await _harness.PublishSalesPlanAsync(PlanCycleState.Consolidating);
        var card = await _harness.StatusCardAsync("li-qiang");

        Assert.Equal(string.Empty, RequiredButton(card, WeeklyStatusVerbs.Submit)[WeeklyStatusFormCard.PlanTasksKey]);
        var result = await _harness.ClickAsync("li-qiang", card, WeeklyStatusVerbs.Submit, Inputs(("task0.title", "报价单"), ("task0.percent", "30")));

        Assert.Equal("报价单", Input(CardOf(result), "task0.title").GetProperty("value").GetString());
        Assert.Equal([new TaskProgress("报价单", 30, TaskHealth.OnTrack)], (await _harness.Reports.FindAsync(Week, "sales", CancellationToken.None))!.Value.Tasks);
        Assert.Equal(40, (await _harness.SalesPlanAsync()).Content.Tasks[0].ProgressPercent);
    }

    [Fact]
    public async Task Update_BeforeDeadline_EditedAndPlanFollows_AfterDeadline_ReadOnly()
    {
        await _harness.PublishSalesPlanAsync();
        var card = await _harness.StatusCardAsync("li-qiang");
        var first = CardOf(await _harness.ClickAsync("li-qiang", card, WeeklyStatusVerbs.Submit, Inputs(("task0.percent", "50"), ("task1.percent", "0"), ("task2.percent", "70"))));
        Assert.Contains(Descendants(first), e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("title", out var t) && t.GetString() == Zh["WeeklyStatus.Update"]);

        _harness.Time.SetUtcNow(Deadline.AddMinutes(-5));
        var edited = CardOf(await _harness.ClickAsync("li-qiang", first, WeeklyStatusVerbs.Submit, Inputs(("task0.percent", "65"), ("task1.percent", "0"), ("task2.percent", "70"))));
        Assert.Equal(65, (await _harness.SalesPlanAsync()).Content.Tasks[0].ProgressPercent);
        Assert.False((await _harness.Reports.FindAsync(Week, "sales", CancellationToken.None))!.Value.Late);

        _harness.Time.SetUtcNow(Deadline.AddMinutes(5));
        var closed = CardOf(await _harness.ClickAsync("li-qiang", edited, WeeklyStatusVerbs.Submit, Inputs(("task0.percent", "99"))));
        Assert.Contains(Zh["WeeklyStatus.Closed"], Texts(closed), StringComparison.Ordinal);
        Assert.Null(Button(closed, WeeklyStatusVerbs.Submit));
        Assert.Equal(65, (await _harness.SalesPlanAsync()).Content.Tasks[0].ProgressPercent);
    }

    [Fact]
    public async Task Click_CardDrawnBeforeAnEdit_CurrentReportWithStaleNotice()
    {
        var card = await _harness.StatusCardAsync("li-qiang");
        await _harness.ClickAsync("li-qiang", card, WeeklyStatusVerbs.Submit, Inputs(("task0.title", "报价单"), ("task0.percent", "30")));

        var stale = CardOf(await _harness.ClickAsync("li-qiang", card, WeeklyStatusVerbs.Submit, Inputs(("task0.title", "报价单"), ("task0.percent", "90"))));

        Assert.Contains(Zh["WeeklyStatus.Stale"], Texts(stale), StringComparison.Ordinal);
        Assert.Equal(30, (await _harness.Reports.FindAsync(Week, "sales", CancellationToken.None))!.Value.Tasks[0].Percent);
    }

    [Fact]
    public async Task Skip_WithReason_SkippedAndAudited_FirstAnswerAfterDeadline_FlaggedLate()
    {
        var sales = await _harness.StatusCardAsync("li-qiang");
        var skipped = CardOf(await _harness.ClickAsync("li-qiang", sales, WeeklyStatusVerbs.Skip, Inputs(("skipReason", "部门团建"))));
        Assert.Contains(Zh.Format("WeeklyStatus.Skipped", "部门团建"), Texts(skipped), StringComparison.Ordinal);

        var hr = await _harness.StatusCardAsync("zhao-li");
        _harness.Time.SetUtcNow(Deadline.AddHours(3));
        var late = await _harness.ClickAsync("zhao-li", hr, WeeklyStatusVerbs.Submit, Inputs(("task0.title", "招聘"), ("task0.percent", "50")));

        Assert.Contains(Zh["WeeklyStatus.SubmittedLate"], Texts(CardOf(late)), StringComparison.Ordinal);
        Assert.True((await _harness.Reports.FindAsync(Week, "hr", CancellationToken.None))!.Value.Late);
        Assert.Equal(ReportState.Skipped, (await _harness.Reports.FindAsync(Week, "sales", CancellationToken.None))!.Value.State);
        var audit = await _harness.AllAsync<AuditEvent>(StorageContainers.Status, Week);
        Assert.Contains(audit, a => a.Action == "skipped" && a.ActorPersonId == "li-qiang" && a.Comment == "部门团建");
    }

    [Fact]
    public async Task Submit_SomeoneElsesDepartment_Forbidden()
    {
        var card = await _harness.StatusCardAsync("li-qiang");

        var result = await _harness.ClickAsync("zhao-li", card, WeeklyStatusVerbs.Submit, Inputs(("task0.title", "报价单"), ("task0.percent", "30")));

        Assert.Equal(403, Assert.IsType<ErrorResult>(result).StatusCode);
        Assert.Equal(ReportState.Requested, (await _harness.Reports.FindAsync(Week, "sales", CancellationToken.None))!.Value.State);
    }
}
