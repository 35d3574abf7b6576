using OpsRhythm.Domain.Planning;

namespace OpsRhythm.UnitTests.Planning;

public sealed class SubmissionDeadlineTests
{
    private static readonly PlanCycle Open = new("monthly-2027-01", PlanPeriod.Monthly(2027, 1), PlanCycleState.Open) { DueDate = new DateOnly(2026, 12, 27) };
    private static readonly int[] Days = [3, 1];

    [Theory]
    [InlineData(24, DepartmentPlanState.NotStarted, SubmissionNotice.Remind)]
    [InlineData(26, DepartmentPlanState.Returned, SubmissionNotice.Remind)]
    [InlineData(25, DepartmentPlanState.Draft, SubmissionNotice.Nothing)]
    [InlineData(27, DepartmentPlanState.Draft, SubmissionNotice.Nothing)]
    [InlineData(28, DepartmentPlanState.Draft, SubmissionNotice.Escalate)]
    [InlineData(24, DepartmentPlanState.Submitted, SubmissionNotice.Nothing)]
    [InlineData(28, DepartmentPlanState.Accepted, SubmissionNotice.Nothing)]
    public void Due_ByDayAndState(int day, DepartmentPlanState state, SubmissionNotice expected) =>
        Assert.Equal(expected, SubmissionDeadline.Due(Open, state, new DateOnly(2026, 12, day), Days, null));

    [Fact]
    public void Due_AlreadyDoneToday_Nothing()
    {
        var done = new SubmissionFollowUp(Open.CycleId, "sales") { RemindedOn = new DateOnly(2026, 12, 24), EscalatedOn = new DateOnly(2026, 12, 28) };

        Assert.Equal(SubmissionNotice.Nothing, SubmissionDeadline.Due(Open, DepartmentPlanState.Draft, new DateOnly(2026, 12, 24), Days, done));
        Assert.Equal(SubmissionNotice.Nothing, SubmissionDeadline.Due(Open, DepartmentPlanState.Draft, new DateOnly(2026, 12, 28), Days, done));
        Assert.Equal(SubmissionNotice.Escalate, SubmissionDeadline.Due(Open, DepartmentPlanState.Draft, new DateOnly(2026, 12, 29), Days, done));
    }

    [Fact]
    public void IsOverdue_AdjustmentRoundOrConsolidating_Never()
    {
        var late = new DateOnly(2027, 1, 20);

        Assert.True(SubmissionDeadline.IsOverdue(Open, DepartmentPlanState.Draft, late));
        Assert.False(SubmissionDeadline.IsOverdue(Open with { Round = 1 }, DepartmentPlanState.Draft, late));
        Assert.False(SubmissionDeadline.IsOverdue(Open with { State = PlanCycleState.Consolidating }, DepartmentPlanState.Draft, late));
    }
}
