using OpsRhythm.Bot.Planning;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Cards.Actions;
using OpsRhythm.Cards.Planning;
using OpsRhythm.Domain.Planning;
using static OpsRhythm.IntegrationTests.Planning.PlanningHarness;

namespace OpsRhythm.IntegrationTests.Planning;

/// <summary>
/// The cycle verbs' answers beyond the happy path, through the card pipeline over a real SQLite file: an
/// opening that finds its cycle, a form field that cannot be read, and an approval card clicked again once
/// its cycle no longer answers to the approval version the card carries.
/// </summary>
public sealed class CycleVerbsTests : IDisposable
{
    private const string Cycle = "monthly-2027-01";
    private const string Ops = "wang-min";
    private const string Leader = "chen-jing";

    private readonly PlanningHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task Open_CycleAlreadyOpen_NamesTheCycleAndWritesNothingMore()
    {
        var open = await OpenButtonAsync();
        await _harness.ClickAsync(Ops, open, Inputs((PlanFields.Period, "2027-01"), (PlanFields.DueDate, "2026-12-27")));

        var again = Assert.IsType<MessageResult>(await _harness.ClickAsync(Ops, open, Inputs((PlanFields.Period, "2027-01"), (PlanFields.DueDate, "2026-12-28"))));

        var text = _harness.TurnOf(Ops).Text;
        Assert.Equal(text.Format("Planning.Msg.CycleExists", PlanNames.Cycle((await _harness.Documents.CycleAsync(Cycle, default))!.Value, text)), again.Text);
        Assert.Single(await _harness.AuditAsync(Cycle), a => a.Action == "plan.opened");
        Assert.Equal(new DateOnly(2026, 12, 27), (await _harness.Documents.CycleAsync(Cycle, default))!.Value.DueDate);
    }

    [Fact]
    public async Task Open_DueDateNotADate_ShowsTheFormWithTheErrorBesideItAndOpensNothing()
    {
        var refused = CardOf(await _harness.ClickAsync(Ops, await OpenButtonAsync(), Inputs((PlanFields.Period, "2027-01"), (PlanFields.DueDate, "月底"))));

        var ids = Descendants(refused).Where(e => e.ValueKind == System.Text.Json.JsonValueKind.Object && e.TryGetProperty("id", out _)).Select(e => e.GetProperty("id").GetString()).ToList();
        Assert.Contains(PlanFields.DueDate + ".error", ids);
        Assert.Contains("月底", refused.ToString(), StringComparison.Ordinal);
        Assert.Null(await _harness.Documents.CycleAsync(Cycle, default));
        Assert.Empty(await _harness.AuditAsync(Cycle));
    }

    [Fact]
    public async Task Approve_ApprovalCardClickedAgainAfterTheDecision_ShowsTheDecidedCardAsStaleAndDecidesOnce()
    {
        var cycle = new PlanCycle(Cycle, PlanPeriod.Monthly(2027, 1), PlanCycleState.AwaitingApproval) { DepartmentIds = [], OpenedBy = Ops, ApprovalRequests = 1 };
        await _harness.Store.CreateAsync(PlanDocuments.Container, PlanDocuments.CycleKey(Cycle), cycle, default);
        var approve = new Dictionary<string, string>(ActionData.For(PlanVerbs.Approve, Cycle, cycle.ApprovalVersion), StringComparer.Ordinal);

        var first = CardOf(await _harness.ClickAsync(Leader, approve));
        var second = CardOf(await _harness.ClickAsync(Leader, approve));

        var text = _harness.TurnOf(Leader).Text;
        Assert.Contains(text.Format("Planning.Msg.Approved", PlanNames.Cycle(cycle, text)), Texts(first), StringComparison.Ordinal);
        Assert.Contains(text["Common.Rejection.StaleVersion"], Texts(second), StringComparison.Ordinal);
        Assert.Single(await _harness.AuditAsync(Cycle), a => a.Action == "plan.approved" && a.EntityId == Cycle);
        Assert.Equal(PlanCycleState.Approved, (await _harness.Documents.CycleAsync(Cycle, default))!.Value.State);
    }

    private async Task<IReadOnlyDictionary<string, string>> OpenButtonAsync() =>
        RequiredButton(CardOf(await _harness.SayAsync(Ops, _harness.Command("开启月度计划"))), PlanVerbs.Open);

    private static Dictionary<string, string> Inputs(params (string Key, string Value)[] inputs) =>
        inputs.ToDictionary(i => i.Key, i => i.Value, StringComparer.Ordinal);
}
