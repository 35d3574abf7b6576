using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Planning;
using OpsRhythm.Domain.Workflow;
using static OpsRhythm.UnitTests.Planning.PlanningFixtures;

namespace OpsRhythm.UnitTests.Planning;

/// <summary>Issue 19.3 in the Domain: a task's owner (责任人) reports on their own task only; who a saved plan gives tasks to; overdue notices once per task per day.</summary>
public sealed class TaskOwnerRulesTests
{
    private static readonly PlanActor ZhouNa = new("zhou-na", Role.Employee, null);

    private static Decision<DepartmentPlan> Update(PlanActor actor, string taskId, string? note = null) =>
        DepartmentPlanMachine.Decide(Plan(state: DepartmentPlanState.Accepted), Cycle(state: PlanCycleState.Published), actor, new UpdateTaskCommand(taskId, PlanTaskStatus.InProgress, 30, Now) { Note = note });

    [Fact]
    public void UpdateTask_ByItsOwner_RecordsWhoWhenAndTheNote()
    {
        var task = Update(Employee, "t1", "  进展顺利 ").State!.Content.Tasks.Single(t => t.Id == "t1");

        Assert.Equal((30, "sun-hao", Now, "进展顺利"), (task.ProgressPercent, task.ProgressBy, task.ProgressAt, task.ProgressNote));
    }

    [Fact]
    public void UpdateTask_SomeoneElsesTask_RefusedNamingTheHeadAndTheOwner()
    {
        var rejection = Update(ZhouNa, "t1").Rejection!;

        Assert.Equal((RejectionReason.RoleNotAllowed, "sales", Role.DepartmentHead, "sun-hao"), (rejection.Reason, rejection.DepartmentId, rejection.AllowedRoles, rejection.OwnerId));
        Assert.Equal("这是销售部的事项，你不能操作。可执行者：销售部负责人李强、任务责任人孙浩。", OpsRhythm.Cards.Common.RejectionText.Describe(rejection, OpsRhythm.Cards.Localization.Localizer.ZhCn, Organisation));
    }

    [Fact]
    public void UpdateTask_TheHead_MayUpdateEveryTask()
    {
        Assert.Null(Update(SalesHead, "t1").Rejection);
        Assert.Null(Update(SalesHead, "t2").Rejection);
    }

    [Fact]
    public void UpdateTask_NoteTooLong_RefusedBesideTheNote()
    {
        var rejection = Update(Employee, "t1", new string('说', PlanLimits.ProgressNote + 1)).Rejection!;

        Assert.True(rejection.FieldErrors.ContainsKey(PlanFields.ProgressNote));
    }

    [Fact]
    public void NewlyAssigned_NewTasksAndChangedOwners_NotTheAssignerNorUnchanged()
    {
        var before = PlanContent.Empty with { Tasks = [new PlanTask("a", "甲", "sun-hao", Today), new PlanTask("b", "乙", "zhou-na", Today)] };
        var after = PlanContent.Empty with
        {
            Tasks = [new PlanTask("a", "甲", "sun-hao", Today), new PlanTask("b", "乙", "sun-hao", Today), new PlanTask("c", "丙", "zhou-na", Today), new PlanTask("d", "丁", "li-qiang", Today)],
        };

        Assert.Equal(["b", "c"], TaskAssignments.NewlyAssigned(before, after, "li-qiang").Select(t => t.Id));
    }

    [Fact]
    public void OverdueRecord_OncePerTaskPerDay_UntilDone()
    {
        var day = new DateOnly(2027, 1, 12); // t1 fell due on 01-11, t2 falls due on 01-21
        var plan = Plan(state: DepartmentPlanState.Accepted);
        var record = new TaskOverdueRecord(plan.CycleId, "sales");

        var due = record.Due(plan, day);
        Assert.Equal(["t1"], due.Select(t => t.Id));
        record = record.With(due, day);
        Assert.Empty(record.Due(plan, day));
        Assert.Equal(["t1"], record.Due(plan, day.AddDays(1)).Select(t => t.Id));
        Assert.Equal(["t1@" + day.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)], record.With(due, day.AddDays(1)).Notified);

        var done = plan with { Content = plan.Content with { Tasks = [.. plan.Content.Tasks.Select(t => t with { Status = PlanTaskStatus.Done })] } };
        Assert.Empty(record.Due(done, day.AddDays(1)));
    }
}
