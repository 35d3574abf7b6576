using OpsRhythm.Bot.Delivery;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Cards.Planning;
using OpsRhythm.Domain.Planning;
using OpsRhythm.Storage.Contract;
using static OpsRhythm.IntegrationTests.Planning.PlanningHarness;

namespace OpsRhythm.IntegrationTests.Planning;

/// <summary>A whole monthly cycle through the handlers and a real SQLite store, as the people of the sample organisation.</summary>
public sealed class MonthlyCycleTests : IDisposable
{
    private const string Cycle = "monthly-2027-01";
    private const string Ops = "wang-min";
    private const string Leader = "chen-jing";

    public static readonly IReadOnlyList<(string Head, string Department, string Owner)> Departments =
    [
        ("wang-min", "ops", "gao-yu"),
        ("li-qiang", "sales", "sun-hao"),
        ("zhang-wei", "production", "wu-gang"),
        ("liu-yang", "finance", "he-jun"),
        ("zhao-li", "hr", "ma-lin"),
    ];

    private readonly PlanningHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task MonthlyCycle_OpenSubmitReturnResubmitConsolidateApprovePublish_NotifiesEachStep()
    {
        await OpenAsync();
        var opened = await _harness.OutboxAsync(Cycle);
        Assert.Equal(5, opened.Count(m => m.Target.Kind == OutboxTargetKind.Person));
        Assert.Contains(opened, m => m.Target == OutboxTarget.Channel("channel-ops"));
        Assert.Contains(opened, m => m.Target == OutboxTarget.Person("li-qiang"));

        foreach (var (head, department, owner) in Departments)
        {
            var submitted = await DraftAndSubmitAsync(head, department, owner, "客户拜访");
            Assert.Contains(_harness.TurnOf(head).Text["Planning.Msg.Submitted"], Texts(submitted), StringComparison.Ordinal);
        }

        // The ops office returns the sales plan with a comment; the head is told, revises and resubmits.
        var review = await PlanCardAsync(Ops, "sales");
        Assert.NotNull(Button(review, PlanVerbs.Accept));
        var returned = CardOf(await _harness.ClickAsync(Ops, RequiredButton(review, PlanVerbs.Return), Inputs((PlanFields.Comment, "请补充大客户回访任务"))));
        Assert.Contains("销售部", Texts(returned), StringComparison.Ordinal);
        var toHead = (await _harness.OutboxAsync(Cycle)).Where(m => m.Target == OutboxTarget.Person("li-qiang")).ToList();
        Assert.Contains(toHead, m => m.Activity.ToString().Contains("请补充大客户回访任务", StringComparison.Ordinal));
        var headView = await PlanCardAsync("li-qiang", "sales");
        Assert.Contains("请补充大客户回访任务", Texts(headView), StringComparison.Ordinal);
        await DraftAndSubmitAsync("li-qiang", "sales", "zhou-na", "大客户回访");
        var sales = (await _harness.Documents.PlanAsync(Cycle, "sales", default))!.Value;
        Assert.Equal((DepartmentPlanState.Submitted, 2), (sales.State, sales.Revision));

        foreach (var (_, department, _) in Departments)
        {
            var card = await PlanCardAsync(Ops, department);
            CardOf(await _harness.ClickAsync(Ops, RequiredButton(card, PlanVerbs.Accept)));
        }

        var company = await CompanyCardAsync(Ops);
        company = CardOf(await _harness.ClickAsync(Ops, RequiredButton(company, PlanVerbs.Consolidate)));
        Assert.Null(Button(company, PlanVerbs.Consolidate));
        company = CardOf(await _harness.ClickAsync(Ops, RequiredButton(company, PlanVerbs.RequestApproval)));
        Assert.Equal(PlanCycleState.AwaitingApproval, (await _harness.Documents.CycleAsync(Cycle, default))!.Value.State);

        // The approval card reaches each approver with buttons and refreshes for them only.
        var approvalMessage = (await _harness.OutboxAsync(Cycle)).Single(m => m.Target == OutboxTarget.Person(Leader) && m.IdempotencyKey.Contains("approver", StringComparison.Ordinal));
        var approval = approvalMessage.Activity.GetProperty("attachments")[0].GetProperty("content");
        var refreshIds = approval.GetProperty("refresh").GetProperty("userIds").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Equal(["user-id-0", "user-id-5"], refreshIds.Order(StringComparer.Ordinal));
        var approved = CardOf(await _harness.ClickAsync(Leader, RequiredButton(approval, PlanVerbs.Approve), Inputs((PlanFields.Comment, "同意"))));
        Assert.Null(Button(approved, PlanVerbs.Approve));
        Assert.All((await _harness.AllAsync<DepartmentPlan>(Cycle)), p => Assert.Equal(p.Revision, p.ApprovedRevision));

        // The approval card already in each approver's chat is replaced by the decided one.
        var decidedCard = (await _harness.OutboxAsync(Cycle)).Single(m => m.Operation == OutboxOperation.Update && m.Target == OutboxTarget.Person(Leader));
        Assert.Equal(approvalMessage.IdempotencyKey, decidedCard.UpdatesIdempotencyKey);
        var decidedContent = decidedCard.Activity.GetProperty("attachments")[0].GetProperty("content");
        Assert.Null(Button(decidedContent, PlanVerbs.Approve));
        Assert.Contains("陈静", Texts(decidedContent), StringComparison.Ordinal);

        company = await CompanyCardAsync(Ops);
        CardOf(await _harness.ClickAsync(Ops, RequiredButton(company, PlanVerbs.Publish)));
        var published = await _harness.OutboxAsync(Cycle);
        Assert.Equal(PlanCycleState.Published, (await _harness.Documents.CycleAsync(Cycle, default))!.Value.State);
        foreach (var channel in new[] { "channel-ops", "channel-sales", "channel-production", "channel-finance", "channel-hr", "channel-general" })
        {
            Assert.Contains(published, m => m.Target == OutboxTarget.Channel(channel) && m.IdempotencyKey.Contains(PlanEvents.Published, StringComparison.Ordinal));
        }

        var audit = await _harness.AuditAsync(Cycle);
        Assert.Equal(6, audit.Count(a => a.Action == "plan.submitted"));
        Assert.Single(audit, a => a.Action == "plan.returned" && a.Comment == "请补充大客户回访任务");
        Assert.Single(audit, a => a.Action == "plan.approved" && a.ActorPersonId == Leader);
        Assert.Single(audit, a => a.Action == "plan.published");
    }

    [Fact]
    public async Task Tracking_HeadUpdatesProgress_OpsSeesCompletion()
    {
        await PublishedCycleAsync();
        var plan = await PlanCardAsync("li-qiang", "sales");
        var tasks = CardOf(await _harness.ClickAsync("li-qiang", RequiredButton(plan, PlanVerbs.Tasks)));
        var save = RequiredButton(tasks, PlanVerbs.UpdateTasks);
        var taskId = save[TaskProgressCard.TaskIdsKey].Split(',')[0];

        CardOf(await _harness.ClickAsync("li-qiang", save, Inputs((TaskProgressCard.StatusId(taskId), "InProgress"), (TaskProgressCard.ProgressId(taskId), "60"))));

        _harness.Time.SetUtcNow(new DateTimeOffset(2027, 1, 10, 2, 0, 0, TimeSpan.Zero));
        var progress = CardOf(await _harness.SayAsync(Ops, _harness.Command("进度")));
        Assert.Contains("60%", Texts(progress), StringComparison.Ordinal);
        var refused = await _harness.SayAsync("li-qiang", _harness.Command("进度"));
        Assert.Contains("运营管理部", refused.Replies.Single().Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tracking_NextPageAfterTyping_SavesTheTypedPageThenShowsTheNext()
    {
        await PublishedCycleAsync();
        var stored = (await _harness.Documents.PlanAsync(Cycle, "sales", default))!;
        var many = Enumerable.Range(1, TaskProgressCard.PageSize + 2)
            .Select(i => new PlanTask($"t{i:D2}", $"任务{i}", "sun-hao", new DateOnly(2027, 1, i)))
            .ToList();
        await _harness.Store.ReplaceAsync(StorageContainers.Plans, stored.Key, stored.Value with { Content = stored.Value.Content with { Tasks = many } }, stored.ETag, default);
        var plan = await PlanCardAsync("li-qiang", "sales");
        var tasks = CardOf(await _harness.ClickAsync("li-qiang", RequiredButton(plan, PlanVerbs.Tasks)));
        var next = RequiredButton(tasks, PlanVerbs.UpdateTasks, page: "1");

        var second = CardOf(await _harness.ClickAsync("li-qiang", next, Inputs((TaskProgressCard.StatusId("t01"), "InProgress"), (TaskProgressCard.ProgressId("t01"), "40"))));

        Assert.Contains(_harness.TurnOf("li-qiang").Text.Format("Planning.PageOf", 2, 2), Texts(second), StringComparison.Ordinal);
        Assert.Equal("t11,t12", RequiredButton(second, PlanVerbs.UpdateTasks)[TaskProgressCard.TaskIdsKey]);
        var saved = (await _harness.Documents.PlanAsync(Cycle, "sales", default))!.Value.Content.Tasks.Single(t => t.Id == "t01");
        Assert.Equal((PlanTaskStatus.InProgress, 40), (saved.Status, saved.ProgressPercent));
    }

    [Fact]
    public async Task Accept_DuplicateInvoke_TransitionsOnceAndAnswersCurrentCard()
    {
        await OpenAsync();
        await DraftAndSubmitAsync("li-qiang", "sales", "sun-hao", "渠道拓展");
        var accept = RequiredButton(await PlanCardAsync(Ops, "sales"), PlanVerbs.Accept);

        var first = CardOf(await _harness.ClickAsync(Ops, accept));
        var second = CardOf(await _harness.ClickAsync(Ops, accept));

        Assert.Null(Button(first, PlanVerbs.Accept));
        Assert.Contains(_harness.TurnOf(Ops).Text["Common.Rejection.StaleVersion"], Texts(second), StringComparison.Ordinal);
        Assert.Single(await _harness.AuditAsync(Cycle), a => a.Action == "plan.accepted");
    }

    [Fact]
    public async Task Save_StaleCard_KeepsWhatWasTypedAndSavesNothing()
    {
        await OpenAsync();
        var plan = await PlanCardAsync("li-qiang", "sales");
        var section = CardOf(await _harness.ClickAsync("li-qiang", RequiredButton(plan, PlanVerbs.Edit, nameof(PlanSection.Tasks))));
        var save = RequiredButton(section, PlanVerbs.Save);
        await DraftAndSubmitAsync("li-qiang", "sales", "sun-hao", "先提交的任务");

        var stale = CardOf(await _harness.ClickAsync("li-qiang", save, Inputs(("tasks.0.title", "旧卡片上的任务"), ("tasks.0.owner", "sun-hao"), ("tasks.0.due", "2027-01-10"))));

        Assert.Contains("旧卡片上的任务", stale.ToString(), StringComparison.Ordinal);
        var stored = (await _harness.Documents.PlanAsync(Cycle, "sales", default))!.Value;
        Assert.Equal("先提交的任务", Assert.Single(stored.Content.Tasks).Title);
    }

    [Fact]
    public async Task Save_InvalidRow_ShowsErrorsUnderFieldsAndKeepsInput()
    {
        await OpenAsync();
        var plan = await PlanCardAsync("li-qiang", "sales");
        var section = CardOf(await _harness.ClickAsync("li-qiang", RequiredButton(plan, PlanVerbs.Edit, nameof(PlanSection.Tasks))));

        var refused = CardOf(await _harness.ClickAsync("li-qiang", RequiredButton(section, PlanVerbs.Save), Inputs(("tasks.0.title", "排产"), ("tasks.0.owner", "wu-gang"), ("tasks.0.due", "2027-03-01"))));

        var ids = Descendants(refused).Where(e => e.ValueKind == System.Text.Json.JsonValueKind.Object && e.TryGetProperty("id", out _)).Select(e => e.GetProperty("id").GetString()).ToList();
        Assert.Contains("tasks.0.owner.error", ids);
        Assert.Contains("tasks.0.due.error", ids);
        Assert.Contains("排产", refused.ToString(), StringComparison.Ordinal);
        Assert.Equal(DepartmentPlanState.NotStarted, (await _harness.Documents.PlanAsync(Cycle, "sales", default))!.Value.State);
    }

    [Fact]
    public async Task Accept_ByDepartmentHead_IsForbiddenNamingTheOpsOffice()
    {
        await OpenAsync();
        await DraftAndSubmitAsync("li-qiang", "sales", "sun-hao", "渠道拓展");
        var accept = RequiredButton(await PlanCardAsync(Ops, "sales"), PlanVerbs.Accept);

        var result = await _harness.ClickAsync("zhang-wei", accept);

        var error = Assert.IsType<ErrorResult>(result);
        Assert.Equal(403, error.StatusCode);
        Assert.Contains(_harness.TurnOf("zhang-wei").Text["Common.Role.OpsOffice"], error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Approve_TwoApproversAtOnce_ExactlyOneTransition()
    {
        var approval = await AwaitingApprovalAsync();
        var button = RequiredButton(approval, PlanVerbs.Approve);

        var results = await Task.WhenAll(_harness.ClickAsync(Leader, button), _harness.ClickAsync(Ops, button));

        Assert.All(results, r => Assert.IsType<CardResult>(r));
        Assert.Single(await _harness.AuditAsync(Cycle), a => a.Action == "plan.approved");
        Assert.Equal(PlanCycleState.Approved, (await _harness.Documents.CycleAsync(Cycle, default))!.Value.State);
    }

    [Fact]
    public async Task SendBack_WithoutComment_ShowsErrorAndStaysAwaiting()
    {
        var approval = await AwaitingApprovalAsync();

        var refused = CardOf(await _harness.ClickAsync(Leader, RequiredButton(approval, PlanVerbs.SendBack)));

        Assert.Contains(_harness.TurnOf(Leader).Text["Planning.Error.Required"], Texts(refused), StringComparison.Ordinal);
        Assert.Equal(PlanCycleState.AwaitingApproval, (await _harness.Documents.CycleAsync(Cycle, default))!.Value.State);
    }

    [Fact]
    public async Task ApprovalRefresh_ApproverSeesButtons_OthersSeeStatus()
    {
        var approval = await AwaitingApprovalAsync();
        var refresh = approval.GetProperty("refresh").GetProperty("action").GetProperty("data").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);

        var forLeader = CardOf(await _harness.ClickAsync(Leader, refresh));
        var forHead = CardOf(await _harness.ClickAsync("li-qiang", refresh));

        Assert.NotNull(Button(forLeader, PlanVerbs.Approve));
        Assert.Null(Button(forHead, PlanVerbs.Approve));
        Assert.Contains(_harness.TurnOf("li-qiang").Text["Planning.AwaitingApprovers"], Texts(forHead), StringComparison.Ordinal);
    }

    internal async Task OpenAsync()
    {
        var form = CardOf(await _harness.SayAsync(Ops, _harness.Command("开启月度计划")));
        var result = await _harness.ClickAsync(Ops, RequiredButton(form, PlanVerbs.Open), Inputs((PlanFields.Period, "2027-01"), (PlanFields.DueDate, "2026-12-27")));
        Assert.IsType<MessageResult>(result);
    }

    private async Task<System.Text.Json.JsonElement> DraftAndSubmitAsync(string head, string department, string owner, string title)
    {
        var plan = await PlanCardAsync(head, department);
        var section = CardOf(await _harness.ClickAsync(head, RequiredButton(plan, PlanVerbs.Edit, nameof(PlanSection.Tasks))));
        var saved = CardOf(await _harness.ClickAsync(head, RequiredButton(section, PlanVerbs.Save), Inputs(("tasks.0.title", title), ("tasks.0.owner", owner), ("tasks.0.due", "2027-01-15"), ("tasks.0.milestone", "true"))));
        return CardOf(await _harness.ClickAsync(head, RequiredButton(saved, PlanVerbs.Submit)));
    }

    private async Task<System.Text.Json.JsonElement> PlanCardAsync(string personId, string department)
    {
        var result = await _harness.ClickAsync(personId, new Dictionary<string, string>(StringComparer.Ordinal) { ["verb"] = PlanVerbs.View, ["id"] = PlanVerbs.PlanEntityId(Cycle, department) });
        return CardOf(result);
    }

    private async Task<System.Text.Json.JsonElement> CompanyCardAsync(string personId) =>
        CardOf(await _harness.SayAsync(personId, _harness.Command("月度计划")));

    private async Task<System.Text.Json.JsonElement> AwaitingApprovalAsync()
    {
        await OpenAsync();
        foreach (var (head, department, owner) in Departments)
        {
            await DraftAndSubmitAsync(head, department, owner, "任务");
            await _harness.ClickAsync(Ops, RequiredButton(await PlanCardAsync(Ops, department), PlanVerbs.Accept));
        }

        var company = await CompanyCardAsync(Ops);
        company = CardOf(await _harness.ClickAsync(Ops, RequiredButton(company, PlanVerbs.Consolidate)));
        CardOf(await _harness.ClickAsync(Ops, RequiredButton(company, PlanVerbs.RequestApproval)));
        var message = (await _harness.OutboxAsync(Cycle)).Single(m => m.Target == OutboxTarget.Person(Leader) && m.IdempotencyKey.Contains("approver", StringComparison.Ordinal));
        return message.Activity.GetProperty("attachments")[0].GetProperty("content");
    }

    private async Task PublishedCycleAsync()
    {
        var approval = await AwaitingApprovalAsync();
        await _harness.ClickAsync(Leader, RequiredButton(approval, PlanVerbs.Approve));
        var company = await CompanyCardAsync(Ops);
        CardOf(await _harness.ClickAsync(Ops, RequiredButton(company, PlanVerbs.Publish)));
    }

    private static Dictionary<string, string> Inputs(params (string Key, string Value)[] inputs) =>
        inputs.ToDictionary(i => i.Key, i => i.Value, StringComparer.Ordinal);
}
