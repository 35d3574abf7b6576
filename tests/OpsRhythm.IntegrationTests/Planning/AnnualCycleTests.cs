using System.Text.Json;
using OpsRhythm.Bot.Delivery;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Cards.Planning;
using OpsRhythm.Domain.Planning;
using static OpsRhythm.IntegrationTests.Planning.PlanningHarness;

namespace OpsRhythm.IntegrationTests.Planning;

/// <summary>
/// The annual cycle with an adjustment over SQLite: leadership opens it with its
/// guidelines, adjusts a target while approving; after publication the sales head asks to adjust
/// (reason, explanation, then the changes), the adjustment runs the same review and approval, every
/// version is kept and the cards show what changed, with people by name.
/// </summary>
public sealed class AnnualCycleTests : IDisposable
{
    private const string Cycle = "annual-2027";
    private const string Ops = "wang-min";
    private const string Leader = "chen-jing";
    private const string Guidelines = "稳中求进，主营收入增长百分之十";

    private readonly PlanningHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task AnnualCycle_ApprovedWithAdjustedTargetThenHeadAdjusts_ReviewedApprovedAndVersionsKept()
    {
        // Leadership opens the year with its guidelines; each head is told, guidelines included.
        var form = CardOf(await _harness.SayAsync(Leader, _harness.Command("开启年度计划")));
        Assert.IsType<MessageResult>(await _harness.ClickAsync(Leader, RequiredButton(form, PlanVerbs.Open), Inputs((PlanFields.Period, "2027"), (PlanFields.DueDate, "2026-12-31"), (PlanFields.Guidelines, Guidelines))));
        var opened = await _harness.OutboxAsync(Cycle);
        Assert.Contains(opened, m => m.Target == OutboxTarget.Person("li-qiang") && m.Activity.ToString().Contains(Guidelines, StringComparison.Ordinal));
        Assert.Contains(await _harness.AuditAsync(Cycle), a => a.Action == "plan.opened" && a.ActorPersonId == Leader);

        foreach (var (head, department, owner) in MonthlyCycleTests.Departments)
        {
            await DraftAndSubmitAsync(head, department, owner, "年度重点任务");
            CardOf(await _harness.ClickAsync(Ops, RequiredButton(await PlanCardAsync(Ops, department), PlanVerbs.Accept)));
        }

        // Leadership lowers the company sales target while approving.
        var approval = await AwaitingApprovalAsync();
        Assert.NotNull(Button(approval, PlanVerbs.Approve));

        // Asking for the annual plan while it awaits approval: leadership gets the approval card again, the ops office the status.
        Assert.NotNull(Button(CardOf(await _harness.SayAsync(Leader, _harness.Command("年度计划"))), PlanVerbs.Approve));
        Assert.Null(Button(CardOf(await _harness.SayAsync(Ops, _harness.Command("年度计划"))), PlanVerbs.Approve));
        var approved = CardOf(await _harness.ClickAsync(Leader, RequiredButton(approval, PlanVerbs.Approve), Inputs((ApprovalCard.AdjustedTargetId(Metrics.Sales), "4500"))));
        Assert.Null(Button(approved, PlanVerbs.Approve));
        var company = (await _harness.Documents.CompanyAsync(Cycle, default))!.Value;
        Assert.Equal(4500m, company.EffectiveTargets.Single(t => t.Metric == Metrics.Sales).Value);
        Assert.Equal(5000m, company.TargetTotals.Single(t => t.Metric == Metrics.Sales).Value);
        await PublishAsync();

        // The sales head asks to adjust the approved plan; the cycle reopens for a second round and the ops office is told.
        var plan = await PlanCardAsync("li-qiang", "sales");
        var adjusting = CardOf(await _harness.ClickAsync("li-qiang", RequiredButton(plan, PlanVerbs.Adjust), Inputs((PlanFields.Reason, nameof(AdjustmentReason.MarketChange)), (PlanFields.Comment, "华东大客户流失"))));
        Assert.Contains(_harness.TurnOf("li-qiang").Text["Planning.Msg.AdjustmentRequested"], Texts(adjusting), StringComparison.Ordinal);
        var cycle = (await _harness.Documents.CycleAsync(Cycle, default))!.Value;
        Assert.Equal((PlanCycleState.Open, 1), (cycle.State, cycle.Round));
        Assert.Contains(await _harness.OutboxAsync(Cycle), m => m.Target == OutboxTarget.Person(Ops) && m.Activity.ToString().Contains("华东大客户流失", StringComparison.Ordinal));

        // The changes: a lower sales target and the task handed from 孙浩 to 周娜.
        await DraftAndSubmitAsync("li-qiang", "sales", "zhou-na", "年度重点任务", sales: "4200");

        // The ops office reviews the adjustment with the changes against the approved version, by name.
        var review = await PlanCardAsync(Ops, "sales");
        var text = Texts(review);
        Assert.Contains(_harness.TurnOf(Ops).Text["Planning.Changes"], text, StringComparison.Ordinal);
        Assert.Contains("孙浩", text, StringComparison.Ordinal);
        Assert.Contains("周娜", text, StringComparison.Ordinal);
        Assert.DoesNotContain("zhou-na", text, StringComparison.Ordinal);
        Assert.DoesNotContain("sun-hao", text, StringComparison.Ordinal);
        Assert.Contains("华东大客户流失", text, StringComparison.Ordinal);
        CardOf(await _harness.ClickAsync(Ops, RequiredButton(review, PlanVerbs.Accept)));

        // Consolidation and approval again: the approvers still see what changed until they decide.
        approval = await AwaitingApprovalAsync();
        Assert.Contains("周娜", Texts(await PlanCardAsync(Leader, "sales")), StringComparison.Ordinal);
        CardOf(await _harness.ClickAsync(Leader, RequiredButton(approval, PlanVerbs.Approve)));
        await PublishAsync();

        // Every version is kept: the first approved one, the adjusted one, and the adjustment itself.
        var sales = (await _harness.Documents.PlanAsync(Cycle, "sales", default))!.Value;
        Assert.Equal((DepartmentPlanState.Accepted, 2, 2), (sales.State, sales.Revision, sales.ApprovedRevision));
        var approvedVersions = sales.History.Where(r => r.Action == PlanEvents.Approved).ToList();
        Assert.Equal([1, 2], approvedVersions.Select(r => r.Number));
        Assert.Equal("sun-hao", approvedVersions[0].Content.Tasks.Single().OwnerPersonId);
        Assert.Equal("zhou-na", approvedVersions[1].Content.Tasks.Single().OwnerPersonId);
        var adjustment = Assert.Single(sales.Adjustments);
        Assert.Equal((AdjustmentReason.MarketChange, 1, "li-qiang"), (adjustment.Reason, adjustment.FromRevision, adjustment.RequestedBy));
        Assert.Equal(PlanCycleState.Published, (await _harness.Documents.CycleAsync(Cycle, default))!.Value.State);

        // The history card shows the adjustment and the changes, by name.
        var history = Texts(CardOf(await _harness.ClickAsync("li-qiang", RequiredButton(await PlanCardAsync("li-qiang", "sales"), PlanVerbs.History))));
        Assert.Contains("华东大客户流失", history, StringComparison.Ordinal);
        Assert.DoesNotContain("zhou-na", history, StringComparison.Ordinal);
        var audit = await _harness.AuditAsync(Cycle);
        Assert.Single(audit, a => a.Action == "plan.adjustmentRequested" && a.ActorPersonId == "li-qiang");
        Assert.Equal(2, audit.Count(a => a.Action == "plan.published"));
    }

    private async Task DraftAndSubmitAsync(string head, string department, string owner, string title, string sales = "1000")
    {
        var plan = await PlanCardAsync(head, department);
        var targets = CardOf(await _harness.ClickAsync(head, RequiredButton(plan, PlanVerbs.Edit, nameof(PlanSection.Targets))));
        var first = Inputs(("targets.0.metric", Metrics.Sales), ("targets.0.value", sales), ("targets.0.unit", "万元"), ("targets.1.metric", Metrics.Profit), ("targets.1.value", "100"), ("targets.1.unit", "万元"));
        plan = CardOf(await _harness.ClickAsync(head, RequiredButton(targets, PlanVerbs.Save), first));
        targets = CardOf(await _harness.ClickAsync(head, RequiredButton(plan, PlanVerbs.Edit, nameof(PlanSection.Targets))));
        var all = new Dictionary<string, string>(first, StringComparer.Ordinal) { ["targets.2.metric"] = Metrics.MarketShare, ["targets.2.value"] = "5", ["targets.2.unit"] = "%" };
        plan = CardOf(await _harness.ClickAsync(head, RequiredButton(targets, PlanVerbs.Save), all));
        var tasks = CardOf(await _harness.ClickAsync(head, RequiredButton(plan, PlanVerbs.Edit, nameof(PlanSection.Tasks))));
        plan = CardOf(await _harness.ClickAsync(head, RequiredButton(tasks, PlanVerbs.Save), Inputs(("tasks.0.title", title), ("tasks.0.owner", owner), ("tasks.0.due", "2027-06-30"))));
        var submitted = CardOf(await _harness.ClickAsync(head, RequiredButton(plan, PlanVerbs.Submit)));
        Assert.Contains(_harness.TurnOf(head).Text["Planning.Msg.Submitted"], Texts(submitted), StringComparison.Ordinal);
    }

    private async Task<JsonElement> AwaitingApprovalAsync()
    {
        var company = CardOf(await _harness.SayAsync(Ops, _harness.Command("年度计划")));
        company = CardOf(await _harness.ClickAsync(Ops, RequiredButton(company, PlanVerbs.Consolidate)));
        CardOf(await _harness.ClickAsync(Ops, RequiredButton(company, PlanVerbs.RequestApproval)));
        var round = (await _harness.Documents.CycleAsync(Cycle, default))!.Value;
        var message = (await _harness.OutboxAsync(Cycle)).Single(m => m.Target == OutboxTarget.Person(Leader)
            && m.IdempotencyKey.StartsWith(Bot.Planning.Approval.ApprovalRequest.KeyPrefix(round), StringComparison.Ordinal) && m.Operation == OutboxOperation.Send);
        return message.Activity.GetProperty("attachments")[0].GetProperty("content");
    }

    private async Task PublishAsync()
    {
        var company = CardOf(await _harness.SayAsync(Ops, _harness.Command("年度计划")));
        var published = CardOf(await _harness.ClickAsync(Ops, RequiredButton(company, PlanVerbs.Publish)));
        Assert.Null(Button(published, PlanVerbs.Publish));
    }

    private async Task<JsonElement> PlanCardAsync(string personId, string department) =>
        CardOf(await _harness.ClickAsync(personId, new Dictionary<string, string>(StringComparer.Ordinal) { ["verb"] = PlanVerbs.View, ["id"] = PlanVerbs.PlanEntityId(Cycle, department) }));

    private static Dictionary<string, string> Inputs(params (string Key, string Value)[] inputs) =>
        inputs.ToDictionary(i => i.Key, i => i.Value, StringComparer.Ordinal);
}
