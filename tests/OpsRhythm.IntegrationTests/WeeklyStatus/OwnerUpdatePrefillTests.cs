using System.Text.Json;
using OpsRhythm.Domain.Planning;
using OpsRhythm.Storage.Contract;
using static OpsRhythm.IntegrationTests.Planning.PlanningHarness;
using static OpsRhythm.IntegrationTests.WeeklyStatus.WeeklyStatusHarness;

namespace OpsRhythm.IntegrationTests.WeeklyStatus;

/// <summary>
/// Issue 19.3: when a task's owner (责任人) has reported on it, the head's weekly status card shows that
/// report beside the task (who, when in the organisation's zone, what) and prefills its percentage.
/// </summary>
public sealed class OwnerUpdatePrefillTests : IDisposable
{
    private readonly WeeklyStatusHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task StatusCard_TaskTheOwnerReportedOn_ShowsTheOwnersUpdateAndPrefillsIt()
    {
        await _harness.PublishSalesPlanAsync();
        await OwnerReportsAsync("sun-hao", "t-2", 30, "报价单初稿已完成", new DateTimeOffset(2026, 11, 25, 7, 15, 0, TimeSpan.Zero));

        var card = await _harness.StatusCardAsync("li-qiang");

        // 07:15 UTC is 15:15 in Shanghai.
        var texts = Texts(card);
        Assert.Contains("责任人孙浩于", texts, StringComparison.Ordinal);
        Assert.Contains("15:15", texts, StringComparison.Ordinal);
        Assert.Contains("30%。报价单初稿已完成", texts, StringComparison.Ordinal);
        Assert.Equal(30, Input(card, "task1.percent").GetProperty("value").GetDouble());
    }

    [Fact]
    public async Task StatusCard_TheHeadReportedLast_ShowsNoOwnerUpdate()
    {
        await _harness.PublishSalesPlanAsync();
        await OwnerReportsAsync("li-qiang", "t-2", 30, "由负责人更新", new DateTimeOffset(2026, 11, 25, 7, 15, 0, TimeSpan.Zero));

        var texts = Texts(await _harness.StatusCardAsync("li-qiang"));

        Assert.DoesNotContain("责任人孙浩于", texts, StringComparison.Ordinal);
        Assert.DoesNotContain("由负责人更新", texts, StringComparison.Ordinal);
    }

    /// <summary>The report as the Domain records it for this person (the same rule the tracking card uses).</summary>
    private async Task OwnerReportsAsync(string personId, string taskId, int percent, string note, DateTimeOffset at)
    {
        var cycle = (await _harness.Plans.CycleAsync(November, CancellationToken.None))!.Value;
        var stored = (await _harness.Plans.PlanAsync(November, "sales", CancellationToken.None))!;
        var person = _harness.Company.Profile.FindPerson(personId)!;
        var decision = DepartmentPlanMachine.Decide(stored.Value, cycle, PlanActor.From(person, _harness.Company.Profile), new UpdateTaskCommand(taskId, PlanTaskStatus.InProgress, percent, at) { Note = note });
        Assert.Null(decision.Rejection);
        await _harness.Store.ReplaceAsync(StorageContainers.Plans, stored.Key, decision.State!, stored.ETag, CancellationToken.None);
    }

    private static JsonElement Input(JsonElement card, string id) =>
        Descendants(card).Single(e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("id", out var i) && i.GetString() == id);
}
