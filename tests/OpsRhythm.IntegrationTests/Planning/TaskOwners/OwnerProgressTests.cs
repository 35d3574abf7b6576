using Microsoft.Extensions.DependencyInjection;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Domain.Workflow;
using OpsRhythm.Cards.Planning;
using OpsRhythm.Domain.Planning;
using static OpsRhythm.IntegrationTests.Planning.PlanningHarness;
using static OpsRhythm.IntegrationTests.Planning.TaskOwners.TaskOwnerSteps;

namespace OpsRhythm.IntegrationTests.Planning.TaskOwners;

/// <summary>
/// Issue 19.3: the owner (责任人) of a task of the published plan reports progress on it from "我的任务";
/// the head still owns the plan and every other task, and anyone else is refused with the names of who may act.
/// </summary>
public sealed class OwnerProgressTests : IDisposable
{
    private readonly PlanningHarness _harness = new();
    private readonly TaskOwnerSteps _steps;

    public OwnerProgressTests() => _steps = new TaskOwnerSteps(_harness);

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task MyTasks_OwnerSeesOnlyTheirTasks_AndTheirReportIsStoredWithWhoAndWhen()
    {
        await _steps.PublishedAsync();
        _harness.Time.SetUtcNow(new DateTimeOffset(2027, 1, 8, 2, 30, 0, TimeSpan.Zero));

        var mine = CardOf(await _harness.SayAsync(Owner, _harness.Command("我的任务"), "2027-01"));
        Assert.Contains(Visit, Texts(mine), StringComparison.Ordinal);
        Assert.DoesNotContain(Quote, Texts(mine), StringComparison.Ordinal);
        Assert.Null(Button(mine, PlanVerbs.View)); // the plan itself stays the head's
        var save = RequiredButton(mine, PlanVerbs.UpdateTasks);
        var taskId = Assert.Single(save[TaskProgressCard.TaskIdsKey].Split(','));

        var saved = CardOf(await _harness.ClickAsync(Owner, save, Inputs(
            (TaskProgressCard.StatusId(taskId), nameof(PlanTaskStatus.InProgress)), (TaskProgressCard.ProgressId(taskId), "40"), (TaskProgressCard.NoteId(taskId), "已拜访 3 家客户"))));

        Assert.Contains("最近更新：孙浩，", Texts(saved), StringComparison.Ordinal);
        var task = await _steps.StoredTaskAsync(Visit);
        Assert.Equal((PlanTaskStatus.InProgress, 40, Owner, "已拜访 3 家客户"), (task.Status, task.ProgressPercent, task.ProgressBy, task.ProgressNote));
        Assert.Equal(_harness.Time.GetUtcNow(), task.ProgressAt);
        Assert.Contains(await _harness.AuditAsync(Cycle), a => a.Action == "plan.taskUpdated" && a.ActorPersonId == Owner);

        // The head's tracking card shows every task, with the owner's report under it.
        var plan = await _steps.PlanCardAsync(Head, "sales");
        var tracking = Texts(CardOf(await _harness.ClickAsync(Head, RequiredButton(plan, PlanVerbs.Tasks))));
        Assert.Contains(Quote, tracking, StringComparison.Ordinal);
        Assert.Contains("最近更新：孙浩，", tracking, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherMember_UpdatingSomeoneElsesTask_IsRefusedNamingTheHeadAndTheOwner()
    {
        await _steps.PublishedAsync();
        var mine = CardOf(await _harness.SayAsync(Owner, _harness.Command("我的任务"), "2027-01"));
        var save = RequiredButton(mine, PlanVerbs.UpdateTasks);
        var taskId = save[TaskProgressCard.TaskIdsKey];
        var before = await _harness.Documents.PlanAsync(Cycle, "sales", default);

        var refused = await _harness.ClickAsync(OtherMember, save, Inputs((TaskProgressCard.ProgressId(taskId), "90")));

        var error = Assert.IsType<ErrorResult>(refused);
        Assert.Equal(403, error.StatusCode);
        Assert.Contains("销售部负责人李强", error.Message, StringComparison.Ordinal);
        Assert.Contains("任务责任人孙浩", error.Message, StringComparison.Ordinal);
        Assert.Equal(before!.ETag, (await _harness.Documents.PlanAsync(Cycle, "sales", default))!.ETag);
    }

    [Fact]
    public async Task TheOwner_MayNotReportOnAnotherOwnersTask()
    {
        await _steps.PublishedAsync();
        var plan = await _steps.PlanCardAsync(Head, "sales");
        var all = RequiredButton(CardOf(await _harness.ClickAsync(Head, RequiredButton(plan, PlanVerbs.Tasks))), PlanVerbs.UpdateTasks);
        var quoteId = (await _steps.StoredTaskAsync(Quote)).Id;

        var refused = Assert.IsType<ErrorResult>(await _harness.ClickAsync(Owner, all, Inputs((TaskProgressCard.ProgressId(quoteId), "50"))));

        Assert.Contains("任务责任人周娜", refused.Message, StringComparison.Ordinal);
        Assert.Equal(0, (await _steps.StoredTaskAsync(Quote)).ProgressPercent);
    }

    [Theory]
    [InlineData(PlanVerbs.Tasks)]
    [InlineData(PlanVerbs.UpdateTasks)]
    public void Access_TheDepartmentsMembersReachTheTrackingVerbs_OtherDepartmentsMembersDoNot(string verb)
    {
        // The access rule the dispatcher checks before the handler runs, as AddPlanning registers it.
        var access = _harness.Services.GetServices<ICardActionHandler>().Single(h => h.Verbs.Contains(verb)).Access[verb];
        var request = new CardActionRequest(verb, new Dictionary<string, string>(StringComparer.Ordinal) { ["verb"] = verb, ["id"] = PlanVerbs.PlanEntityId(Cycle, "sales") }, false);
        var today = new DateOnly(2027, 1, 8);

        Assert.Null(access.Check(_harness.Organisation.FindPerson(Owner)!, _harness.Organisation, request, today));
        Assert.Null(access.Check(_harness.Organisation.FindPerson(Head)!, _harness.Organisation, request, today));
        Assert.Equal(RejectionReason.NotYourDepartment, access.Check(_harness.Organisation.FindPerson("wu-gang")!, _harness.Organisation, request, today)?.Reason);
    }

    [Fact]
    public async Task MyTasks_SomeoneOwningNoTask_IsToldSo()
    {
        await _steps.PublishedAsync();

        var turn = await _harness.SayAsync("he-jun", _harness.Command("我的任务"), "2027-01");

        Assert.Equal(_harness.TurnOf("he-jun").Text["Planning.Msg.NoOwnTasks"], turn.Replies.Single().Text);
    }
}
