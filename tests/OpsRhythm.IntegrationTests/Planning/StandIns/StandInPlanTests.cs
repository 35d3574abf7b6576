using System.Text.Json;
using OpsRhythm.Bot.Delivery;
using OpsRhythm.Bot.Organisation;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Cards.Planning;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Organisation.StandIns;
using OpsRhythm.Domain.Planning;
using OpsRhythm.IntegrationTests.Planning.TaskOwners;
using static OpsRhythm.IntegrationTests.Planning.PlanningHarness;
using static OpsRhythm.IntegrationTests.Planning.TaskOwners.TaskOwnerSteps;

namespace OpsRhythm.IntegrationTests.Planning.StandIns;

/// <summary>
/// Issue 19.1 over the real planning registration and SQLite: 周娜 stands in for the sales department
/// while 李强 is away (2026-12-15 to 2026-12-31) and 张伟 for the approver 陈静; what they do is theirs in
/// the audit, recorded as done on behalf of whom they stand in for, and ends with their range.
/// </summary>
public sealed class StandInPlanTests : IDisposable
{
    private const string Deputy = "zhou-na";
    private const string Delegate = "zhang-wei";
    private readonly PlanningHarness _harness = new(organisation: WithStandIns());
    private readonly TaskOwnerSteps _steps;

    public StandInPlanTests() => _steps = new TaskOwnerSteps(_harness);

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task Deputy_DraftsAndSubmitsTheDepartmentsPlan_AuditSaysOnBehalfOfTheHead()
    {
        await _steps.OpenAsync();

        await _steps.SaveAndSubmitAsync(Deputy, "sales", SalesTasks());

        var plan = (await _harness.Documents.PlanAsync(Cycle, "sales", default))!.Value;
        Assert.Equal(DepartmentPlanState.Submitted, plan.State);
        var submitted = Assert.Single(await _harness.AuditAsync(Cycle), a => a.Action == "plan.submitted");
        Assert.Equal((Deputy, "li-qiang"), (submitted.ActorPersonId, submitted.OnBehalfOf));
        Assert.Equal("li-qiang", plan.History[^1].OnBehalfOf);
    }

    [Fact]
    public async Task Deputy_AfterTheRange_IsRefusedLikeAnyMember()
    {
        await _steps.OpenAsync();
        var section = await _steps.TasksSectionAsync(Deputy, "sales");
        _harness.Time.SetUtcNow(new DateTimeOffset(2027, 1, 1, 1, 0, 0, TimeSpan.Zero)); // 2027-01-01 in Shanghai: the range has ended

        var refused = Assert.IsType<ErrorResult>(await _harness.ClickAsync(Deputy, RequiredButton(section, PlanVerbs.Save), SalesTasks()));

        Assert.Equal(403, refused.StatusCode);
        Assert.Contains(_harness.TurnOf(Deputy).Text["Common.Role.DepartmentHead"], refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(await _harness.AuditAsync(Cycle), a => a.ActorPersonId == Deputy);
    }

    [Fact]
    public async Task ApprovalDelegate_ApprovesTheCycle_AuditSaysOnBehalfOfTheApprover()
    {
        await _steps.OpenAsync();
        await _steps.SaveAndSubmitAsync(Deputy, "sales", SalesTasks());
        foreach (var (head, department) in new[] { ("wang-min", "ops"), ("zhang-wei", "production"), ("liu-yang", "finance"), ("zhao-li", "hr") })
        {
            await _steps.SaveAndSubmitAsync(head, department, Task(0, "任务", head, "2027-01-31"));
        }

        foreach (var department in new[] { "sales", "ops", "production", "finance", "hr" })
        {
            await _harness.ClickAsync(Ops, RequiredButton(await _steps.PlanCardAsync(Ops, department), PlanVerbs.Accept));
        }

        var company = CardOf(await _harness.SayAsync(Ops, _harness.Command("月度计划")));
        company = CardOf(await _harness.ClickAsync(Ops, RequiredButton(company, PlanVerbs.Consolidate)));
        CardOf(await _harness.ClickAsync(Ops, RequiredButton(company, PlanVerbs.RequestApproval)));
        var approval = (await _harness.OutboxAsync(Cycle)).First(m => m.Target == OutboxTarget.Person("chen-jing") && m.IdempotencyKey.Contains("approver", StringComparison.Ordinal));

        CardOf(await _harness.ClickAsync(Delegate, RequiredButton(approval.Activity.GetProperty("attachments")[0].GetProperty("content"), PlanVerbs.Approve)));

        Assert.Equal(PlanCycleState.Approved, (await _harness.Documents.CycleAsync(Cycle, default))!.Value.State);
        var approved = Assert.Single(await _harness.AuditAsync(Cycle), a => a.Action == "plan.approved");
        Assert.Equal((Delegate, "chen-jing"), (approved.ActorPersonId, approved.OnBehalfOf));
    }

    private static OrganisationProfile WithStandIns()
    {
        var sample = JsonSerializer.Deserialize<OrganisationProfile>(File.ReadAllText(OrganisationSeed.DefaultFile), OrganisationSeed.JsonOptions)!;
        var from = new DateOnly(2026, 12, 15);
        var until = new DateOnly(2026, 12, 31);
        return sample with
        {
            StandIns =
            [
                new StandIn(StandInKind.Department, "sales", Deputy, from, until),
                new StandIn(StandInKind.Approval, "chen-jing", Delegate, from, until),
            ],
        };
    }
}
