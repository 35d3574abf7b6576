using Microsoft.Extensions.DependencyInjection;
using OpsRhythm.Bot.Delivery;
using OpsRhythm.Bot.Planning;
using OpsRhythm.Bot.Planning.Cycles;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Domain.Planning;
using static OpsRhythm.IntegrationTests.Planning.TaskOwners.TaskOwnerSteps;

namespace OpsRhythm.IntegrationTests.Planning.TaskOwners;

/// <summary>
/// Issue 19.3: January's plan starts from the tasks the published first-quarter plan has in January, and those
/// tasks' owners (责任人) are told as a saved plan tells them, in the batch that opens the cycle (the cycle's
/// partition, one write): one message per owner listing their tasks, none for tasks not copied.
/// </summary>
public sealed class CopiedTaskNoticeTests : IDisposable
{
    private const string Quarter = "quarterly-2027-Q1";
    private const string Collection = "回款跟进";
    private const string Fair = "二月展会";
    private const string Contract = "年度合同";

    private readonly PlanningHarness _harness = new();
    private readonly TaskOwnerSteps _steps;

    public CopiedTaskNoticeTests() => _steps = new TaskOwnerSteps(_harness);

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task OpenedFromTheCard_EachOwnerToldOnceOfTheirCopiedTasks()
    {
        await PublishedQuarterAsync();

        await _steps.OpenAsync();

        await AssertOwnersToldAsync();
    }

    [Fact]
    public async Task OpenedByTheScheduler_TheSameNotices()
    {
        await PublishedQuarterAsync();
        var opening = _harness.Services.GetRequiredService<CycleOpening>();
        var today = new DateOnly(2026, 12, 20);

        var opened = await opening.OpenAsync(
            PlanActor.Scheduler(PlanKind.Monthly),
            _harness.Organisation,
            new OpenCycleCommand(PlanPeriod.Monthly(2027, 1), new DateOnly(2026, 12, 27), [.. _harness.Organisation.Departments.Select(d => d.Id)], today, _harness.Time.GetUtcNow()),
            default);

        Assert.Null(opened.Rejection);
        await AssertOwnersToldAsync();
    }

    [Fact]
    public async Task NoQuarterPlan_NobodyButTheHeadsIsTold()
    {
        await _steps.OpenAsync();

        Assert.DoesNotContain(await _harness.OutboxAsync(Cycle), m => m.IdempotencyKey.Contains(":assigned:", StringComparison.Ordinal));
    }

    private async Task AssertOwnersToldAsync()
    {
        var copied = (await _harness.Documents.PlanAsync(Cycle, "sales", default))!.Value.Content.Tasks;
        Assert.Equal([Visit, Quote, Collection], copied.Select(t => t.Title));

        var notices = (await _harness.OutboxAsync(Cycle)).Where(m => m.IdempotencyKey.Contains(":assigned:", StringComparison.Ordinal)).ToList();
        Assert.Equal([Owner, OtherMember], notices.Select(m => m.Target.Id).Order(StringComparer.Ordinal));
        var toOwner = notices.Single(m => m.Target == OutboxTarget.Person(Owner)).Activity.ToString();
        Assert.Contains(Localizer.ZhCn.Format("Planning.Notify.TasksAssigned", 2), toOwner, StringComparison.Ordinal);
        Assert.Contains(Visit, toOwner, StringComparison.Ordinal);
        Assert.Contains(Quote, toOwner, StringComparison.Ordinal);
        Assert.Contains("销售部", toOwner, StringComparison.Ordinal);
        Assert.DoesNotContain(Contract, toOwner, StringComparison.Ordinal);
        var toOther = notices.Single(m => m.Target == OutboxTarget.Person(OtherMember)).Activity.ToString();
        Assert.Contains(Localizer.ZhCn.Format("Planning.Notify.TaskAssigned", Collection), toOther, StringComparison.Ordinal);
        Assert.DoesNotContain(Fair, toOther, StringComparison.Ordinal);
    }

    /// <summary>The first quarter's published sales plan: two January tasks for 孙浩 (and one done), one for 周娜 in January and one in February.</summary>
    private async Task PublishedQuarterAsync()
    {
        var departments = _harness.Organisation.Departments.Select(d => d.Id).ToList();
        var cycle = new PlanCycle(Quarter, PlanPeriod.Quarterly(2027, 1), PlanCycleState.Published) { DueDate = new DateOnly(2026, 12, 20), DepartmentIds = departments };
        await _harness.Store.UpsertAsync(PlanDocuments.Container, PlanDocuments.CycleKey(Quarter), cycle, default);
        var sales = new DepartmentPlan(Quarter, "sales", DepartmentPlanState.Accepted)
        {
            Content = PlanContent.Empty with
            {
                Tasks =
                [
                    new PlanTask("q1", Visit, Owner, new DateOnly(2027, 1, 15)),
                    new PlanTask("q2", Quote, Owner, new DateOnly(2027, 1, 31)) { Status = PlanTaskStatus.InProgress, ProgressPercent = 40 },
                    new PlanTask("q3", Collection, OtherMember, new DateOnly(2027, 1, 20)),
                    new PlanTask("q4", Fair, OtherMember, new DateOnly(2027, 2, 10)),
                    new PlanTask("q5", Contract, Owner, new DateOnly(2027, 1, 10)) { Status = PlanTaskStatus.Done, ProgressPercent = 100 },
                ],
            },
        };
        await _harness.Store.UpsertAsync(PlanDocuments.Container, PlanDocuments.PlanKey(Quarter, "sales"), sales, default);
    }
}
