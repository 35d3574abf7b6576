using OpsRhythm.Bot.Delivery;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Cards.Planning;
using OpsRhythm.Domain.Planning;
using static OpsRhythm.IntegrationTests.Planning.PlanningHarness;

namespace OpsRhythm.IntegrationTests.Planning;

/// <summary>The activity-feed items planning's person messages carry, through the handlers and a real SQLite store.</summary>
public sealed class PlanFeedTests : IDisposable
{
    private const string Cycle = "monthly-2027-01";
    private const string Ops = "wang-min";
    private const string Leader = "chen-jing";

    private readonly PlanningHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task SubmitThenReturn_OpsAskedToReviewHeadToldWhy()
    {
        await OpenAsync();
        await DraftAndSubmitAsync("li-qiang", "sales", "sun-hao");

        var review = Feed(await _harness.OutboxAsync(Cycle), Ops, ActivityFeedTypes.ApprovalRequested);
        Assert.Equal("李强", review.Parameters["actor"]);
        Assert.Contains("销售部", review.Parameters["planName"], StringComparison.Ordinal);

        await _harness.ClickAsync(Ops, RequiredButton(await PlanCardAsync(Ops, "sales"), PlanVerbs.Return), Inputs((PlanFields.Comment, "请补充大客户回访任务")));

        var returned = Feed(await _harness.OutboxAsync(Cycle), "li-qiang", ActivityFeedTypes.PlanReturned);
        Assert.Equal((review.Parameters["planName"], "请补充大客户回访任务"), (returned.Parameters["planName"], returned.Parameters["reason"]));
    }

    [Fact]
    public async Task RequestApprovalThenApprove_ApproversAskedOpsOfficeToldApproved()
    {
        await RequestApprovalAsync();
        var messages = await _harness.OutboxAsync(Cycle);
        var request = Feed(messages, Leader, ActivityFeedTypes.ApprovalRequested);
        Assert.Equal("王敏", request.Parameters["actor"]);
        var approval = messages.Single(m => m.Target == OutboxTarget.Person(Leader) && m.ActivityFeed is not null).Activity.GetProperty("attachments")[0].GetProperty("content");

        await _harness.ClickAsync(Leader, RequiredButton(approval, PlanVerbs.Approve), Inputs((PlanFields.Comment, "同意")));

        var approved = Feed(await _harness.OutboxAsync(Cycle), Ops, ActivityFeedTypes.PlanApproved);
        Assert.Equal(request.Parameters["planName"], approved.Parameters["planName"]);
        Assert.DoesNotContain(await _harness.OutboxAsync(Cycle), m => m.Operation == OutboxOperation.Update && m.ActivityFeed is not null);
    }

    [Fact]
    public async Task RequestApprovalThenSendBack_OpsOfficeToldWhy()
    {
        await RequestApprovalAsync();
        var approval = (await _harness.OutboxAsync(Cycle)).Single(m => m.Target == OutboxTarget.Person(Leader) && m.ActivityFeed is not null).Activity.GetProperty("attachments")[0].GetProperty("content");

        await _harness.ClickAsync(Leader, RequiredButton(approval, PlanVerbs.SendBack), Inputs((PlanFields.Comment, "销售目标偏低，请重新汇总")));

        var returned = Feed(await _harness.OutboxAsync(Cycle), Ops, ActivityFeedTypes.PlanReturned);
        Assert.Equal("销售目标偏低，请重新汇总", returned.Parameters["reason"]);
    }

    [Fact]
    public async Task Publish_EveryLeaderAndHeadToldInPersonWithPlanPublished()
    {
        await RequestApprovalAsync();
        var approval = (await _harness.OutboxAsync(Cycle)).Single(m => m.Target == OutboxTarget.Person(Leader) && m.ActivityFeed is not null).Activity.GetProperty("attachments")[0].GetProperty("content");
        await _harness.ClickAsync(Leader, RequiredButton(approval, PlanVerbs.Approve), Inputs((PlanFields.Comment, "同意")));
        var company = CardOf(await _harness.SayAsync(Ops, _harness.Command("月度计划")));

        CardOf(await _harness.ClickAsync(Ops, RequiredButton(company, PlanVerbs.Publish)));

        var messages = await _harness.OutboxAsync(Cycle);
        var cycle = (await _harness.Documents.CycleAsync(Cycle, default))!.Value;
        var recipients = new[] { Leader }.Concat(MonthlyCycleTests.Departments.Select(d => d.Head)).Append(Ops).Distinct(StringComparer.Ordinal);
        foreach (var person in recipients)
        {
            var published = Feed(messages, person, ActivityFeedTypes.PlanPublished);
            Assert.Equal(PlanNames.Cycle(cycle, _harness.TurnOf(person).Text), published.Parameters["planName"]);
        }

        Assert.Equal(recipients.Count(), messages.Count(m => m.ActivityFeed?.Type == ActivityFeedTypes.PlanPublished));
    }

    private static ActivityFeedItem Feed(IEnumerable<OutboxMessage> messages, string personId, string type)
    {
        var item = Assert.Single(messages, m => m.Target == OutboxTarget.Person(personId) && m.ActivityFeed?.Type == type).ActivityFeed!;
        Assert.Equal(ActivityFeedTypes.Parameters[type].Order(StringComparer.Ordinal), item.Parameters.Keys.Order(StringComparer.Ordinal));
        return item;
    }

    private async Task OpenAsync()
    {
        var form = CardOf(await _harness.SayAsync(Ops, _harness.Command("开启月度计划")));
        Assert.IsType<MessageResult>(await _harness.ClickAsync(Ops, RequiredButton(form, PlanVerbs.Open), Inputs((PlanFields.Period, "2027-01"), (PlanFields.DueDate, "2026-12-27"))));
    }

    private async Task RequestApprovalAsync()
    {
        await OpenAsync();
        foreach (var (head, department, owner) in MonthlyCycleTests.Departments)
        {
            await DraftAndSubmitAsync(head, department, owner);
            await _harness.ClickAsync(Ops, RequiredButton(await PlanCardAsync(Ops, department), PlanVerbs.Accept));
        }

        var company = CardOf(await _harness.SayAsync(Ops, _harness.Command("月度计划")));
        company = CardOf(await _harness.ClickAsync(Ops, RequiredButton(company, PlanVerbs.Consolidate)));
        CardOf(await _harness.ClickAsync(Ops, RequiredButton(company, PlanVerbs.RequestApproval)));
    }

    private async Task DraftAndSubmitAsync(string head, string department, string owner)
    {
        var plan = await PlanCardAsync(head, department);
        var section = CardOf(await _harness.ClickAsync(head, RequiredButton(plan, PlanVerbs.Edit, nameof(PlanSection.Tasks))));
        var saved = CardOf(await _harness.ClickAsync(head, RequiredButton(section, PlanVerbs.Save), Inputs(("tasks.0.title", "客户拜访"), ("tasks.0.owner", owner), ("tasks.0.due", "2027-01-15"), ("tasks.0.milestone", "true"))));
        CardOf(await _harness.ClickAsync(head, RequiredButton(saved, PlanVerbs.Submit)));
    }

    private async Task<System.Text.Json.JsonElement> PlanCardAsync(string personId, string department) =>
        CardOf(await _harness.ClickAsync(personId, new Dictionary<string, string>(StringComparer.Ordinal) { ["verb"] = PlanVerbs.View, ["id"] = PlanVerbs.PlanEntityId(Cycle, department) }));

    private static Dictionary<string, string> Inputs(params (string Key, string Value)[] inputs) =>
        inputs.ToDictionary(i => i.Key, i => i.Value, StringComparer.Ordinal);
}
