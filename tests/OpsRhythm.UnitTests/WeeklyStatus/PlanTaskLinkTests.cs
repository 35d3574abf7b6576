using OpsRhythm.Domain.Planning;
using OpsRhythm.Domain.WeeklyStatus;

namespace OpsRhythm.UnitTests.WeeklyStatus;

public sealed class PlanTaskLinkTests
{
    private static readonly PlanTask Task = new("t-1", "报价单", "sun-hao", new DateOnly(2026, 11, 20)) { Status = PlanTaskStatus.InProgress, ProgressPercent = 40 };

    [Theory]
    [InlineData(PlanTaskStatus.NotStarted, 0, TaskHealth.OnTrack, 0)]
    [InlineData(PlanTaskStatus.InProgress, 40, TaskHealth.OnTrack, 40)]
    [InlineData(PlanTaskStatus.Blocked, 30, TaskHealth.Blocked, 30)]
    [InlineData(PlanTaskStatus.Done, 80, TaskHealth.Done, 100)]
    public void FromPlan_TrackedStatus_PrefilledRow(PlanTaskStatus status, int progress, TaskHealth health, int percent)
    {
        var row = PlanTaskLink.FromPlan(Task with { Status = status, ProgressPercent = progress });

        Assert.Equal(new TaskProgress("报价单", percent, health) { PlanTaskId = "t-1" }, row);
    }

    [Theory]
    [InlineData(TaskHealth.OnTrack, 0, PlanTaskStatus.NotStarted)]
    [InlineData(TaskHealth.OnTrack, 10, PlanTaskStatus.InProgress)]
    [InlineData(TaskHealth.AtRisk, 50, PlanTaskStatus.InProgress)]
    [InlineData(TaskHealth.Blocked, 50, PlanTaskStatus.Blocked)]
    [InlineData(TaskHealth.Done, 100, PlanTaskStatus.Done)]
    public void ToPlanStatus_Health_PlanStatus(TaskHealth health, int percent, PlanTaskStatus expected) =>
        Assert.Equal(expected, PlanTaskLink.ToPlanStatus(new TaskProgress("报价单", percent, health)));

    [Fact]
    public void Changes_SameStatusAndProgress_False_OtherProgress_True()
    {
        Assert.False(PlanTaskLink.Changes(Task, new TaskProgress("报价单", 40, TaskHealth.AtRisk)));
        Assert.True(PlanTaskLink.Changes(Task, new TaskProgress("报价单", 45, TaskHealth.OnTrack)));
        Assert.True(PlanTaskLink.Changes(Task, new TaskProgress("报价单", 40, TaskHealth.Blocked)));
    }
}
