using System.Text.Json.Nodes;
using OpsRhythm.Cards.Planning;
using OpsRhythm.Domain.Planning;
using OpsRhythm.EndToEndTests.Playground;
using static OpsRhythm.EndToEndTests.Planning.PlanningSteps;

namespace OpsRhythm.EndToEndTests.Planning;

/// <summary>
/// The annual cycle with an adjustment through the Playground: leadership (陈静) opens 2028
/// with its guidelines, the heads plan, the ops office accepts and asks for approval, leadership
/// lowers the sales target and approves, the ops office publishes; then the sales head asks to
/// adjust (reason, explanation, the task handed to another owner), and the ops office reviews the
/// changes, named by person, and takes the adjustment through approval again.
/// </summary>
[Collection(PlaygroundCollectionDefinition.Name)]
public sealed class AnnualCycleTests(PlaygroundFixture fixture)
{
    private const string Typed = "2028";
    private const string Guidelines = "稳中求进，主营收入增长百分之十";
    private const string Reason = "华东大客户流失";
    private static readonly PlanPeriod Period = PlanPeriod.Annual(2028);
    private static readonly string CycleId = PlanCycle.IdFor(Period);

    [Fact]
    public async Task AnnualCycle_ApprovedPublishedThenAdjusted_ChangesShownByNameAndApprovedAgain()
    {
        await new PlanningSteps(fixture.Client).AsThemselvesAfterAsync(RunAsync);
    }

    private static async Task RunAsync(PlanningSteps steps)
    {
        var feed = steps.Client.Feed;
        await steps.LetBotSeeChannelAsync(ChannelOps);

        // Leadership opens the year with its guidelines; 王敏, head of the ops office, gets them with her notice.
        await steps.ActAsAsync("chen-jing");
        var since = feed.Position;
        var form = await steps.SayAsync("开启年度计划 " + Typed, m => m.FindExecuteAction(PlanVerbs.Open) is not null);
        await steps.ClickActionAsync(form.MessageId!, form.FindExecuteAction(PlanVerbs.Open)!, new JsonObject
        {
            [PlanFields.Period] = Typed,
            [PlanFields.DueDate] = "2027-12-20",
            [PlanFields.Guidelines] = Guidelines,
        });
        var opsNotice = await steps.PersonalCardAsync(since, PlanVerbs.View, PlanVerbs.PlanEntityId(CycleId, "ops"));
        Assert.Contains(Guidelines, opsNotice.ReadableText, StringComparison.Ordinal);

        var submissions = new Dictionary<string, PlaygroundMessage>(StringComparer.Ordinal);
        foreach (var (head, department, owner) in SampleDepartments)
        {
            since = feed.Position;
            await DraftAndSubmitAsync(steps, head, department == "ops" ? opsNotice : null, owner);
            submissions[department] = await steps.PersonalCardAsync(since, PlanVerbs.View, PlanVerbs.PlanEntityId(CycleId, department));
        }

        await steps.ActAsMeAsync();
        foreach (var notice in submissions.Values)
        {
            var plan = await steps.ClickAsync(notice.MessageId!, notice.Cards[0], PlanVerbs.View);
            await steps.ClickAsync(notice.MessageId!, plan, PlanVerbs.Accept);
        }

        // Leadership lowers the sales target while approving; the ops office publishes.
        var approval = await RequestApprovalAsync(steps);
        var approved = await steps.ClickAsync(approval.MessageId!, approval.Cards[0], PlanVerbs.Approve, new JsonObject
        {
            [ApprovalCard.AdjustedTargetId(Metrics.Sales)] = "4321",
        });
        Assert.Null(FindAction(approved, PlanVerbs.Approve));
        Assert.Contains(Strings(approved), s => s.Contains("4,321", StringComparison.Ordinal));
        await steps.ActAsMeAsync();
        var company = await steps.SayAsync("年度计划 " + Typed, m => m.FindExecuteAction(PlanVerbs.Publish) is not null);
        Assert.Null(FindAction(await steps.ClickAsync(company.MessageId!, company.Cards[0], PlanVerbs.Publish), PlanVerbs.Publish));

        // The sales head asks to adjust the published plan, then hands the task to 周娜 and submits.
        await steps.ActAsAsync("li-qiang");
        var salesPlan = await steps.SayAsync("年度计划 " + Typed, m => m.FindExecuteAction(PlanVerbs.Adjust) is not null);
        var adjusting = await steps.ClickAsync(salesPlan.MessageId!, salesPlan.Cards[0], PlanVerbs.Adjust, new JsonObject
        {
            [PlanFields.Reason] = nameof(AdjustmentReason.MarketChange),
            [PlanFields.Comment] = Reason,
        });
        Assert.True(Reads(adjusting, t => t["Planning.Msg.AdjustmentRequested"]), adjusting.ToJsonString());
        since = feed.Position;
        var tasks = await steps.ClickAsync(salesPlan.MessageId!, adjusting, PlanVerbs.Edit, section: nameof(PlanSection.Tasks));
        var saved = await steps.ClickAsync(salesPlan.MessageId!, tasks, PlanVerbs.Save, Task("年度重点任务", "zhou-na"));
        var resubmitted = await steps.ClickAsync(salesPlan.MessageId!, saved, PlanVerbs.Submit);
        Assert.True(Reads(resubmitted, t => t["Planning.Msg.Submitted"]), resubmitted.ToJsonString());
        var adjustedNotice = await steps.PersonalCardAsync(since, PlanVerbs.View, PlanVerbs.PlanEntityId(CycleId, "sales"));
        Assert.Contains(Reason, adjustedNotice.ReadableText, StringComparison.Ordinal);

        // The ops office sees what changed against the approved version, people by name, and accepts.
        await steps.ActAsMeAsync();
        var review = await steps.ClickAsync(adjustedNotice.MessageId!, adjustedNotice.Cards[0], PlanVerbs.View);
        var text = Strings(review);
        Assert.True(Reads(review, t => t["Planning.Changes"]), review.ToJsonString());
        Assert.Contains(text, s => s.Contains("孙浩", StringComparison.Ordinal) || s.Contains("Sun Hao", StringComparison.Ordinal));
        Assert.Contains(text, s => s.Contains("周娜", StringComparison.Ordinal) || s.Contains("Zhou Na", StringComparison.Ordinal));
        Assert.DoesNotContain(text, s => s.Contains("zhou-na", StringComparison.Ordinal));
        await steps.ClickAsync(adjustedNotice.MessageId!, review, PlanVerbs.Accept);

        // The adjustment takes the same way: consolidation, approval by leadership, publication.
        approval = await RequestApprovalAsync(steps);
        Assert.Null(FindAction(await steps.ClickAsync(approval.MessageId!, approval.Cards[0], PlanVerbs.Approve), PlanVerbs.Approve));
        await steps.ActAsMeAsync();
        company = await steps.SayAsync("年度计划 " + Typed, m => m.FindExecuteAction(PlanVerbs.Publish) is not null);
        var published = await steps.ClickAsync(company.MessageId!, company.Cards[0], PlanVerbs.Publish);
        Assert.True(Reads(published, t => t.Format("Planning.Msg.Published", CycleName(Period, t))), published.ToJsonString());
    }

    /// <summary>
    /// The ops office consolidates and asks for approval; then, as leadership (whose own chat the Playground
    /// does not show), "年度计划" answers with the approval card and its buttons.
    /// </summary>
    private static async Task<PlaygroundMessage> RequestApprovalAsync(PlanningSteps steps)
    {
        var company = await steps.SayAsync("年度计划 " + Typed, m => m.FindExecuteAction(PlanVerbs.Consolidate) is not null);
        var consolidated = await steps.ClickAsync(company.MessageId!, company.Cards[0], PlanVerbs.Consolidate);
        await steps.ClickAsync(company.MessageId!, consolidated, PlanVerbs.RequestApproval);
        await steps.ActAsAsync("chen-jing");
        return await steps.SayAsync("年度计划 " + Typed, m => m.FindExecuteAction(PlanVerbs.Approve) is not null);
    }

    /// <summary>As the head: the three required targets (two blank rows a time, as on the card), one task, then submit.</summary>
    private static async Task DraftAndSubmitAsync(PlanningSteps steps, string head, PlaygroundMessage? notice, string owner)
    {
        string messageId;
        JsonObject plan;
        if (notice is null)
        {
            await steps.ActAsAsync(head);
            var shown = await steps.SayAsync("年度计划 " + Typed, m => m.FindExecuteAction(PlanVerbs.Edit) is not null);
            (messageId, plan) = (shown.MessageId!, shown.Cards[0]);
        }
        else
        {
            await steps.ActAsMeAsync();
            messageId = notice.MessageId!;
            plan = await steps.ClickAsync(messageId, notice.Cards[0], PlanVerbs.View);
        }

        var first = new JsonObject
        {
            ["targets.0.metric"] = Metrics.Sales, ["targets.0.value"] = "1000", ["targets.0.unit"] = "万元",
            ["targets.1.metric"] = Metrics.Profit, ["targets.1.value"] = "100", ["targets.1.unit"] = "万元",
        };
        var targets = await steps.ClickAsync(messageId, plan, PlanVerbs.Edit, section: nameof(PlanSection.Targets));
        plan = await steps.ClickAsync(messageId, targets, PlanVerbs.Save, first);
        var all = (JsonObject)first.DeepClone();
        all["targets.2.metric"] = Metrics.MarketShare;
        all["targets.2.value"] = "5";
        all["targets.2.unit"] = "%";
        targets = await steps.ClickAsync(messageId, plan, PlanVerbs.Edit, section: nameof(PlanSection.Targets));
        plan = await steps.ClickAsync(messageId, targets, PlanVerbs.Save, all);
        var tasks = await steps.ClickAsync(messageId, plan, PlanVerbs.Edit, section: nameof(PlanSection.Tasks));
        plan = await steps.ClickAsync(messageId, tasks, PlanVerbs.Save, Task("年度重点任务", owner));
        var submitted = await steps.ClickAsync(messageId, plan, PlanVerbs.Submit);
        Assert.True(Reads(submitted, t => t["Planning.Msg.Submitted"]), submitted.ToJsonString());
    }

    private static JsonObject Task(string title, string owner) => new()
    {
        ["tasks.0.title"] = title,
        ["tasks.0.owner"] = owner,
        ["tasks.0.due"] = "2028-06-30",
    };
}
