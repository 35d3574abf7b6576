using System.Text.Json.Nodes;
using OpsRhythm.Cards.Planning;
using OpsRhythm.Domain.Planning;
using OpsRhythm.EndToEndTests.Playground;
using static OpsRhythm.EndToEndTests.Planning.PlanningSteps;

namespace OpsRhythm.EndToEndTests.Planning;

/// <summary>
/// A whole monthly cycle through the Playground on the embedded store, as each person of the sample
/// organisation: the ops office (王敏, the Playground's user) opens the June 2027 cycle, every head
/// drafts and submits, the sales plan is returned with a comment and resubmitted, the ops office
/// accepts, consolidates and asks for approval, leadership (陈静) approves, the ops office publishes.
/// </summary>
[Collection(PlaygroundCollectionDefinition.Name)]
public sealed class MonthlyCycleTests(PlaygroundFixture fixture)
{
    private const string Typed = "2027-06";
    private const string Comment = "请补充大客户回访任务";
    private static readonly PlanPeriod Period = PlanPeriod.Monthly(2027, 6);
    private static readonly string CycleId = PlanCycle.IdFor(Period);

    [Fact]
    public async Task MonthlyCycle_OpenSubmitReturnResubmitConsolidateApprovePublish_EachPersonSeesTheirCards()
    {
        await new PlanningSteps(fixture.Client).AsThemselvesAfterAsync(RunCycleAsync);
    }

    private static async Task RunCycleAsync(PlanningSteps steps)
    {
        var feed = steps.Client.Feed;
        await steps.LetBotSeeChannelAsync(ChannelOps);
        await steps.ActAsMeAsync();

        // The ops office opens the cycle: each head is told 1:1 (王敏 heads the ops office), the ops channel gets a post.
        var since = feed.Position;
        var form = await steps.SayAsync("开启月度计划 " + Typed, m => m.FindExecuteAction(PlanVerbs.Open) is not null);
        var opened = await steps.ClickActionAsync(form.MessageId!, form.FindExecuteAction(PlanVerbs.Open)!, new JsonObject
        {
            [PlanFields.Period] = Typed,
            [PlanFields.DueDate] = "2027-05-28",
        });
        Assert.True(Reads([opened["value"]?.ToString() ?? string.Empty], t => t.Format("Planning.Msg.Opened", CycleName(Period, t))), opened.ToJsonString());
        var post = await steps.ChannelPostAsync(since, m => Reads(m, t => t.Format("Planning.Notify.Opened", CycleName(Period, t))));
        Assert.NotNull(post.FindExecuteAction(PlanVerbs.Company));
        var opsNotice = await steps.PersonalCardAsync(since, PlanVerbs.View, PlanVerbs.PlanEntityId(CycleId, "ops"));
        Assert.True(Reads(opsNotice, t => t.Format("Planning.Notify.Opened", CycleName(Period, t))), opsNotice.ToString());

        // Every head drafts and submits; the ops office is told of each submission in her chat.
        var submissions = new Dictionary<string, PlaygroundMessage>(StringComparer.Ordinal);
        foreach (var (head, department, owner) in SampleDepartments)
        {
            since = feed.Position;
            await DraftAndSubmitAsync(steps, head, department, owner, "客户拜访 " + department, department == "ops" ? opsNotice : null);
            submissions[department] = await steps.PersonalCardAsync(since, PlanVerbs.View, PlanVerbs.PlanEntityId(CycleId, department));
        }

        // The ops office returns the sales plan with a comment.
        await steps.ActAsMeAsync();
        var salesNotice = submissions["sales"];
        var review = await steps.ClickAsync(salesNotice.MessageId!, salesNotice.Cards[0], PlanVerbs.View);
        var staleAccept = Action(review, PlanVerbs.Accept);
        var returned = await steps.ClickAsync(salesNotice.MessageId!, review, PlanVerbs.Return, new JsonObject { [PlanFields.Comment] = Comment });
        Assert.True(Reads(returned, t => t.Format("Planning.Msg.Returned", Department("销售部", "Sales", t))), returned.ToJsonString());
        Assert.Null(FindAction(returned, PlanVerbs.Accept));

        // The head sees the comment on his plan, revises and resubmits.
        since = feed.Position;
        var resubmitted = await DraftAndSubmitAsync(steps, "li-qiang", "sales", "zhou-na", "大客户回访", null, Comment);
        Assert.Contains(resubmitted, s => s.Contains("大客户回访", StringComparison.Ordinal));
        var again = await steps.PersonalCardAsync(since, PlanVerbs.View, PlanVerbs.PlanEntityId(CycleId, "sales"));

        // A stale click (the card drawn before the return) gets the current card, not a transition.
        await steps.ActAsMeAsync();
        var stale = await steps.ClickActionAsync(salesNotice.MessageId!, staleAccept);
        var staleCard = CardOf(stale);
        Assert.True(Reads(staleCard, t => t["Common.Rejection.StaleVersion"]), staleCard.ToJsonString());
        Assert.NotNull(FindAction(staleCard, PlanVerbs.Accept));

        // A duplicated invoke (Teams retries) accepts once; the retry gets the accepted card.
        var current = await steps.ClickAsync(again.MessageId!, again.Cards[0], PlanVerbs.View);
        var accept = Action(current, PlanVerbs.Accept);
        var first = CardOf(await steps.ClickActionAsync(again.MessageId!, accept));
        var retry = CardOf(await steps.ClickActionAsync(again.MessageId!, accept));
        Assert.True(Reads(first, t => t.Format("Planning.Msg.Accepted", Department("销售部", "Sales", t))), first.ToJsonString());
        Assert.Null(FindAction(first, PlanVerbs.Accept));
        Assert.True(Reads(retry, t => t["Common.Rejection.StaleVersion"]), retry.ToJsonString());
        Assert.Null(FindAction(retry, PlanVerbs.Accept));

        foreach (var (_, department, _) in SampleDepartments.Where(d => d.Department != "sales"))
        {
            var notice = submissions[department];
            var plan = await steps.ClickAsync(notice.MessageId!, notice.Cards[0], PlanVerbs.View);
            Assert.Null(FindAction(await steps.ClickAsync(notice.MessageId!, plan, PlanVerbs.Accept), PlanVerbs.Accept));
        }

        // Consolidation and the request for approval; the approval card reaches 王敏 too (the ops office approves monthly plans).
        since = feed.Position;
        var company = await steps.SayAsync("月度计划 " + Typed, m => m.FindExecuteAction(PlanVerbs.Consolidate) is not null);
        var consolidated = await steps.ClickAsync(company.MessageId!, company.Cards[0], PlanVerbs.Consolidate);
        var requested = await steps.ClickAsync(company.MessageId!, consolidated, PlanVerbs.RequestApproval);
        Assert.True(Reads(requested, t => t["Planning.Msg.ApprovalRequested"]), requested.ToJsonString());
        var approval = await steps.PersonalCardAsync(since, PlanVerbs.Approve, CycleId);

        // Leadership approves; the ops channel is told.
        await steps.ActAsAsync("chen-jing");
        since = feed.Position;
        var approved = await steps.ClickAsync(approval.MessageId!, approval.Cards[0], PlanVerbs.Approve, new JsonObject { [PlanFields.Comment] = "同意" });
        Assert.True(Reads(approved, t => t.Format("Planning.Msg.Approved", CycleName(Period, t))), approved.ToJsonString());
        Assert.Null(FindAction(approved, PlanVerbs.Approve));
        var decided = await steps.ChannelPostAsync(since, m => Reads(m, t => t.Format("Planning.Notify.Approved", CycleName(Period, t))));
        Assert.Contains("同意", decided.ReadableText, StringComparison.Ordinal);

        // The approval card in 王敏's chat is replaced in place by the decided card (the bot PUTs it), no click needed.
        var replaced = await feed.WaitForUpdateOfAsync(approval.MessageId!, since);
        Assert.Null(replaced.FindExecuteAction(PlanVerbs.Approve));
        Assert.True(Reads(replaced, t => t["Planning.PlanCycleState.Approved"]), replaced.ToString());

        // The ops office publishes: the ops department's plan is posted in its channel (the other channels do not exist locally).
        await steps.ActAsMeAsync();
        since = feed.Position;
        var toPublish = await steps.SayAsync("月度计划 " + Typed, m => m.FindExecuteAction(PlanVerbs.Publish) is not null);
        var published = await steps.ClickAsync(toPublish.MessageId!, toPublish.Cards[0], PlanVerbs.Publish);
        Assert.True(Reads(published, t => t.Format("Planning.Msg.Published", CycleName(Period, t))), published.ToJsonString());
        Assert.Null(FindAction(published, PlanVerbs.Publish));
        var issued = await steps.ChannelPostAsync(since, m => m.Contains("客户拜访 ops"));
        Assert.True(Reads(issued, t => Department("运营管理部", "Operations Office", t)), issued.ToString());
    }

    /// <summary>As the head: opens the plan (from chat, or from the given notification), fills the first task, saves and submits.</summary>
    private static async Task<IReadOnlyList<string>> DraftAndSubmitAsync(
        PlanningSteps steps, string head, string department, string owner, string title, PlaygroundMessage? notice, string? expectedComment = null)
    {
        string messageId;
        JsonObject plan;
        if (notice is null)
        {
            await steps.ActAsAsync(head);
            var shown = await steps.SayAsync("月度计划 " + Typed, m => m.FindExecuteAction(PlanVerbs.Edit) is not null);
            (messageId, plan) = (shown.MessageId!, shown.Cards[0]);
        }
        else
        {
            await steps.ActAsMeAsync();
            messageId = notice.MessageId!;
            plan = await steps.ClickAsync(messageId, notice.Cards[0], PlanVerbs.View);
        }

        if (expectedComment is not null)
        {
            Assert.Contains(Strings(plan), s => s.Contains(expectedComment, StringComparison.Ordinal));
        }

        var section = await steps.ClickAsync(messageId, plan, PlanVerbs.Edit, section: nameof(PlanSection.Tasks));
        var saved = await steps.ClickAsync(messageId, section, PlanVerbs.Save, new JsonObject
        {
            ["tasks.0.title"] = title,
            ["tasks.0.owner"] = owner,
            ["tasks.0.due"] = "2027-06-15",
            ["tasks.0.milestone"] = "true",
        });
        Assert.True(Reads(saved, t => t["Planning.Msg.Saved"]), saved.ToJsonString());
        var submitted = await steps.ClickAsync(messageId, saved, PlanVerbs.Submit);
        Assert.True(Reads(submitted, t => t["Planning.Msg.Submitted"]), submitted.ToJsonString());
        Assert.Null(FindAction(submitted, PlanVerbs.Submit));
        return Strings(submitted);
    }
}
