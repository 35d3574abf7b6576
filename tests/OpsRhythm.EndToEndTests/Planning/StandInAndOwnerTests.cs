using System.Globalization;
using System.Text.Json.Nodes;
using OpsRhythm.Cards.Organisation;
using OpsRhythm.Cards.Planning;
using OpsRhythm.Domain.Organisation.StandIns;
using OpsRhythm.Domain.Planning;
using OpsRhythm.EndToEndTests.Playground;
using static OpsRhythm.EndToEndTests.Planning.PlanningSteps;

namespace OpsRhythm.EndToEndTests.Planning;

/// <summary>
/// Issue 19.1 and 19.3 in the Playground, in Chinese: 王敏 names 周娜 the sales department's stand-in
/// (代理人) while 李强 is away; 周娜 drafts and submits the September 2027 sales plan, giving 客户拜访 to
/// 孙浩; once the cycle is published 孙浩 (the task's owner, 责任人) reports progress from "我的任务".
/// The stand-in is ended afterwards, so the other tests of the collection see no stand-in.
/// </summary>
[Collection(PlaygroundCollectionDefinition.Name)]
public sealed class StandInAndOwnerTests(PlaygroundFixture fixture)
{
    private const string Typed = "2027-09";
    private const string Visit = "客户拜访 代理";
    private const string Note = "已拜访 3 家客户";
    private static readonly PlanPeriod Period = PlanPeriod.Monthly(2027, 9);
    private static readonly string CycleId = PlanCycle.IdFor(Period);

    [Fact]
    public async Task StandInSubmitsForTheAwayHead_ThenTheTaskOwnerReportsProgress()
    {
        await new PlanningSteps(fixture.Client).AsThemselvesAfterAsync(async steps =>
        {
            try
            {
                await RunAsync(steps);
            }
            finally
            {
                await EndStandInAsync(steps);
            }
        });
    }

    private static async Task RunAsync(PlanningSteps steps)
    {
        var feed = steps.Client.Feed;
        await steps.ActAsMeAsync();

        // 王敏 (ops office) names 周娜 the sales department's stand-in from today for a month.
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).DateTime);
        var form = await steps.SayAsync("代理人", m => m.FindExecuteAction(StandInVerbs.Set) is not null);
        var set = await steps.ClickAsync(form.MessageId!, form.Cards[0], StandInVerbs.Set, new JsonObject
        {
            [StandInFields.For] = StandIn.KeyOf(StandInKind.Department, "sales"),
            [StandInFields.Deputy] = "zhou-na",
            [StandInFields.From] = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            [StandInFields.Until] = today.AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        });
        Assert.True(Reads(set, t => t["StandIn.Saved"]), set.ToJsonString());

        var since = feed.Position;
        var opening = await steps.SayAsync("开启月度计划 " + Typed, m => m.FindExecuteAction(PlanVerbs.Open) is not null);
        await steps.ClickActionAsync(opening.MessageId!, opening.FindExecuteAction(PlanVerbs.Open)!, new JsonObject { [PlanFields.Period] = Typed, [PlanFields.DueDate] = "2027-08-28" });
        var opsNotice = await steps.PersonalCardAsync(since, PlanVerbs.View, PlanVerbs.PlanEntityId(CycleId, "ops"));

        // 周娜, not a head, drafts and submits the sales plan as its stand-in; the ops office is told.
        var submissions = new Dictionary<string, PlaygroundMessage>(StringComparer.Ordinal);
        since = feed.Position;
        var submitted = await DraftAndSubmitAsync(steps, "zhou-na", "sun-hao", Visit, null);
        Assert.True(Reads(submitted, t => t["Planning.Msg.Submitted"]), submitted.ToJsonString());
        submissions["sales"] = await steps.PersonalCardAsync(since, PlanVerbs.View, PlanVerbs.PlanEntityId(CycleId, "sales"));
        foreach (var (head, department, owner) in SampleDepartments.Where(d => d.Department != "sales"))
        {
            since = feed.Position;
            await DraftAndSubmitAsync(steps, head, owner, "任务 " + department, department == "ops" ? opsNotice : null);
            submissions[department] = await steps.PersonalCardAsync(since, PlanVerbs.View, PlanVerbs.PlanEntityId(CycleId, department));
        }

        // The ops office accepts every plan, consolidates and asks for approval; 陈静 approves; 王敏 publishes.
        await steps.ActAsMeAsync();
        foreach (var notice in submissions.Values)
        {
            var plan = await steps.ClickAsync(notice.MessageId!, notice.Cards[0], PlanVerbs.View);
            await steps.ClickAsync(notice.MessageId!, plan, PlanVerbs.Accept);
        }

        since = feed.Position;
        var company = await steps.SayAsync("月度计划 " + Typed, m => m.FindExecuteAction(PlanVerbs.Consolidate) is not null);
        var consolidated = await steps.ClickAsync(company.MessageId!, company.Cards[0], PlanVerbs.Consolidate);
        await steps.ClickAsync(company.MessageId!, consolidated, PlanVerbs.RequestApproval);
        var approval = await steps.PersonalCardAsync(since, PlanVerbs.Approve, CycleId);
        await steps.ActAsAsync("chen-jing");
        await steps.ClickAsync(approval.MessageId!, approval.Cards[0], PlanVerbs.Approve, new JsonObject { [PlanFields.Comment] = "同意" });
        await steps.ActAsMeAsync();
        var toPublish = await steps.SayAsync("月度计划 " + Typed, m => m.FindExecuteAction(PlanVerbs.Publish) is not null);
        var published = await steps.ClickAsync(toPublish.MessageId!, toPublish.Cards[0], PlanVerbs.Publish);
        Assert.True(Reads(published, t => t.Format("Planning.Msg.Published", CycleName(Period, t))), published.ToJsonString());

        // 孙浩 owns 客户拜访: "我的任务" shows it alone; he reports 40% with a note, and the card shows his report.
        await steps.ActAsAsync("sun-hao");
        var mine = await steps.SayAsync("我的任务 " + Typed, m => m.FindExecuteAction(PlanVerbs.UpdateTasks) is not null);
        Assert.Contains(Visit, mine.ReadableText, StringComparison.Ordinal);
        Assert.Null(mine.FindExecuteAction(PlanVerbs.View));
        var taskId = Assert.Single(mine.FindExecuteAction(PlanVerbs.UpdateTasks)!["data"]![TaskProgressCard.TaskIdsKey]!.GetValue<string>().Split(','));
        var reported = await steps.ClickAsync(mine.MessageId!, mine.Cards[0], PlanVerbs.UpdateTasks, new JsonObject
        {
            [TaskProgressCard.StatusId(taskId)] = nameof(PlanTaskStatus.InProgress),
            [TaskProgressCard.ProgressId(taskId)] = "40",
            [TaskProgressCard.NoteId(taskId)] = Note,
        });
        Assert.True(Reads(reported, t => t["Planning.Msg.TasksSaved"]), reported.ToJsonString());
        Assert.Contains(Strings(reported), s => s.Contains("孙浩", StringComparison.Ordinal) || s.Contains("Sun Hao", StringComparison.Ordinal));
        Assert.Contains(Strings(reported), s => s == Note);

        // The head still owns the plan: back from leave, 李强 sees every task with 孙浩's report on his tracking card.
        await steps.ActAsAsync("li-qiang");
        var salesPlan = await steps.SayAsync("月度计划 " + Typed, m => m.FindExecuteAction(PlanVerbs.Tasks) is not null);
        var tracking = await steps.ClickAsync(salesPlan.MessageId!, salesPlan.Cards[0], PlanVerbs.Tasks);
        Assert.Contains(Strings(tracking), s => s == Note);
    }

    /// <summary>
    /// As <paramref name="actor"/>: opens the department's plan from chat (王敏, who gets the company card there,
    /// from her cycle-opened notice), fills the first task for <paramref name="owner"/>, saves and submits.
    /// </summary>
    private static async Task<JsonObject> DraftAndSubmitAsync(PlanningSteps steps, string actor, string owner, string title, PlaygroundMessage? notice)
    {
        string messageId;
        JsonObject plan;
        if (notice is not null)
        {
            await steps.ActAsMeAsync();
            messageId = notice.MessageId!;
            plan = await steps.ClickAsync(messageId, notice.Cards[0], PlanVerbs.View);
        }
        else
        {
            await steps.ActAsAsync(actor);
            var shown = await steps.SayAsync("月度计划 " + Typed, m => m.FindExecuteAction(PlanVerbs.Edit) is not null);
            (messageId, plan) = (shown.MessageId!, shown.Cards[0]);
        }

        var section = await steps.ClickAsync(messageId, plan, PlanVerbs.Edit, section: nameof(PlanSection.Tasks));
        var saved = await steps.ClickAsync(messageId, section, PlanVerbs.Save, new JsonObject
        {
            ["tasks.0.title"] = title,
            ["tasks.0.owner"] = owner,
            ["tasks.0.due"] = "2027-09-15",
            ["tasks.0.milestone"] = "true",
        });
        Assert.True(Reads(saved, t => t["Planning.Msg.Saved"]), saved.ToJsonString());
        return await steps.ClickAsync(messageId, saved, PlanVerbs.Submit);
    }

    private static async Task EndStandInAsync(PlanningSteps steps)
    {
        await steps.ActAsMeAsync();
        var card = await steps.SayAsync("代理人", m => m.FindExecuteAction(StandInVerbs.Set) is not null);
        if (FindAction(card.Cards[0], StandInVerbs.Remove) is { } end)
        {
            await steps.ClickActionAsync(card.MessageId!, end);
        }
    }
}
