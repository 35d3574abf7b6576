using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Planning;
using OpsRhythm.Domain.Workflow;
using static OpsRhythm.UnitTests.Planning.PlanningFixtures;

namespace OpsRhythm.UnitTests.Planning;

public sealed class PlanCycleMachineTests
{
    private static OpenCycleCommand OpenMonthly(DateOnly? due = null) =>
        new(PlanPeriod.Monthly(2027, 1), due ?? Today.AddDays(7), ["sales", "production"], Today, Now);

    [Fact]
    public void Open_ByOpsOffice_CreatesOpenCycle()
    {
        var decision = PlanCycleMachine.Decide(null, OpsOffice, OpenMonthly());

        Assert.True(decision.IsAccepted);
        Assert.Equal(PlanCycleState.Open, decision.State!.State);
        Assert.Equal("monthly-2027-01", decision.State.CycleId);
        Assert.Equal(OpsOffice.PersonId, decision.State.OpenedBy);
        Assert.Equal(PlanEvents.Opened, Assert.Single(decision.Events).Action);
    }

    [Fact]
    public void Open_WhenCycleExists_RejectsWrongState()
    {
        var decision = PlanCycleMachine.Decide(Cycle(), OpsOffice, OpenMonthly());

        Assert.Equal(RejectionReason.WrongState, decision.Rejection!.Reason);
    }

    [Fact]
    public void Open_MonthlyByLeadership_RejectsNamingOpsOffice()
    {
        var decision = PlanCycleMachine.Decide(null, Leader, OpenMonthly());

        Assert.Equal(RejectionReason.RoleNotAllowed, decision.Rejection!.Reason);
        Assert.Equal(Role.OpsOffice, decision.Rejection.AllowedRoles);
    }

    [Fact]
    public void Open_AnnualByLeadershipWithGuidelines_KeepsGuidelines()
    {
        var command = new OpenCycleCommand(PlanPeriod.Annual(2027), Today.AddDays(10), ["sales"], Today, Now) { Guidelines = "  稳中求进，利润优先  " };

        var decision = PlanCycleMachine.Decide(null, Leader, command);

        Assert.True(decision.IsAccepted);
        Assert.Equal("稳中求进，利润优先", decision.State!.Guidelines);
    }

    [Fact]
    public void Open_AnnualWithoutGuidelines_RejectsWithGuidelinesError()
    {
        var command = new OpenCycleCommand(PlanPeriod.Annual(2027), Today.AddDays(10), ["sales"], Today, Now);

        var decision = PlanCycleMachine.Decide(null, Leader, command);

        Assert.Equal(RejectionReason.InvalidInput, decision.Rejection!.Reason);
        Assert.Equal("Planning.Error.Required", decision.Rejection.FieldErrors[PlanFields.Guidelines].TextKey);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(60)]
    public void Open_DueDateInPastOrAfterPeriod_RejectsDueDate(int daysFromToday)
    {
        var decision = PlanCycleMachine.Decide(null, OpsOffice, OpenMonthly(Today.AddDays(daysFromToday)));

        Assert.True(decision.Rejection!.FieldErrors.ContainsKey(PlanFields.DueDate));
    }

    [Fact]
    public void Consolidate_AllAccepted_MovesToConsolidating()
    {
        var decision = PlanCycleMachine.Decide(Cycle(), OpsOffice, new ConsolidateCommand(AllAccepted(), Now));

        Assert.Equal(PlanCycleState.Consolidating, decision.State!.State);
        Assert.Equal(PlanEvents.Consolidated, Assert.Single(decision.Events).Action);
    }

    [Fact]
    public void Consolidate_OnePlanStillSubmitted_RejectsCountingPending()
    {
        IReadOnlyList<DepartmentPlan> plans = [Plan(state: DepartmentPlanState.Accepted), Plan(state: DepartmentPlanState.Submitted, departmentId: "production")];

        var decision = PlanCycleMachine.Decide(Cycle(), OpsOffice, new ConsolidateCommand(plans, Now));

        var error = decision.Rejection!.FieldErrors[PlanFields.Period];
        Assert.Equal("Planning.Error.PlansNotAccepted", error.TextKey);
        Assert.Equal(1, error.Arguments[0]);
    }

    [Fact]
    public void Consolidate_ReturnedToOps_IsAllowedAgain()
    {
        var decision = PlanCycleMachine.Decide(Cycle(state: PlanCycleState.ReturnedToOps), OpsOffice, new ConsolidateCommand(AllAccepted(), Now));

        Assert.Equal(PlanCycleState.Consolidating, decision.State!.State);
    }

    [Theory]
    [InlineData(PlanCycleState.Consolidating)]
    [InlineData(PlanCycleState.AwaitingApproval)]
    [InlineData(PlanCycleState.Approved)]
    [InlineData(PlanCycleState.Published)]
    public void Consolidate_InOtherStates_RejectsWrongState(PlanCycleState state)
    {
        var decision = PlanCycleMachine.Decide(Cycle(state: state), OpsOffice, new ConsolidateCommand(AllAccepted(), Now));

        Assert.Equal(RejectionReason.WrongState, decision.Rejection!.Reason);
    }

    [Fact]
    public void RequestApproval_FromConsolidating_AwaitsApproval()
    {
        var decision = PlanCycleMachine.Decide(Cycle(state: PlanCycleState.Consolidating), OpsOffice, new RequestApprovalCommand(AllAccepted(), Now));

        Assert.Equal(PlanCycleState.AwaitingApproval, decision.State!.State);
        Assert.Equal("approval-1", decision.State.ApprovalVersion);
    }

    [Fact]
    public void RequestApproval_AfterAPlanWasReturned_RejectsPending()
    {
        IReadOnlyList<DepartmentPlan> plans = [Plan(state: DepartmentPlanState.Accepted), Plan(state: DepartmentPlanState.Returned, departmentId: "production")];

        var decision = PlanCycleMachine.Decide(Cycle(state: PlanCycleState.Consolidating), OpsOffice, new RequestApprovalCommand(plans, Now));

        Assert.Equal(RejectionReason.InvalidInput, decision.Rejection!.Reason);
    }

    [Fact]
    public void Approve_ByLeadership_RecordsDecision()
    {
        var decision = PlanCycleMachine.Decide(Cycle(PlanKind.Quarterly, PlanCycleState.AwaitingApproval), Leader, new ApproveCommand("同意", Now));

        Assert.Equal(PlanCycleState.Approved, decision.State!.State);
        Assert.Equal(Leader.PersonId, decision.State.DecidedBy);
        Assert.Equal("同意", decision.Events[0].Comment);
    }

    [Fact]
    public void Approve_QuarterlyByOpsOffice_RejectsNamingLeadership()
    {
        var decision = PlanCycleMachine.Decide(Cycle(PlanKind.Quarterly, PlanCycleState.AwaitingApproval), OpsOffice, new ApproveCommand(null, Now));

        Assert.Equal(Role.Leadership, decision.Rejection!.AllowedRoles);
    }

    [Fact]
    public void Approve_MonthlyByOpsOffice_IsAccepted()
    {
        var decision = PlanCycleMachine.Decide(Cycle(PlanKind.Monthly, PlanCycleState.AwaitingApproval), OpsOffice, new ApproveCommand(null, Now));

        Assert.Equal(PlanCycleState.Approved, decision.State!.State);
    }

    [Fact]
    public void Approve_Twice_SecondIsWrongState()
    {
        var first = PlanCycleMachine.Decide(Cycle(state: PlanCycleState.AwaitingApproval), Leader, new ApproveCommand(null, Now));

        var second = PlanCycleMachine.Decide(first.State, Leader, new ApproveCommand(null, Now));

        Assert.Equal(RejectionReason.WrongState, second.Rejection!.Reason);
    }

    [Fact]
    public void SendBack_WithComment_ReturnsToOps()
    {
        var decision = PlanCycleMachine.Decide(Cycle(state: PlanCycleState.AwaitingApproval), Leader, new SendBackCommand("利润目标偏低", Now));

        Assert.Equal(PlanCycleState.ReturnedToOps, decision.State!.State);
        Assert.Equal("利润目标偏低", decision.State.DecisionComment);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void SendBack_WithoutComment_RejectsCommentRequired(string? comment)
    {
        var decision = PlanCycleMachine.Decide(Cycle(state: PlanCycleState.AwaitingApproval), Leader, new SendBackCommand(comment, Now));

        Assert.Equal("Planning.Error.Required", decision.Rejection!.FieldErrors[PlanFields.Comment].TextKey);
    }

    [Fact]
    public void Publish_Approved_IsPublished()
    {
        var decision = PlanCycleMachine.Decide(Cycle(state: PlanCycleState.Approved), OpsOffice, new PublishCommand(Now));

        Assert.Equal(PlanCycleState.Published, decision.State!.State);
        Assert.Equal(Now, decision.State.PublishedAt);
    }

    [Fact]
    public void Publish_BeforeApproval_RejectsWrongState()
    {
        var decision = PlanCycleMachine.Decide(Cycle(state: PlanCycleState.AwaitingApproval), OpsOffice, new PublishCommand(Now));

        Assert.Equal(RejectionReason.WrongState, decision.Rejection!.Reason);
    }

    [Fact]
    public void ReopenForAdjustment_PublishedQuarterly_OpensNextRound()
    {
        var decision = PlanCycleMachine.Decide(Cycle(PlanKind.Quarterly, PlanCycleState.Published), SalesHead, new ReopenForAdjustmentCommand(Now));

        Assert.Equal(PlanCycleState.Open, decision.State!.State);
        Assert.Equal(1, decision.State.Round);
        Assert.Equal("1", decision.Events[0].Details["round"]);
    }

    [Fact]
    public void ReopenForAdjustment_Monthly_RejectsWrongState()
    {
        var decision = PlanCycleMachine.Decide(Cycle(PlanKind.Monthly, PlanCycleState.Published), SalesHead, new ReopenForAdjustmentCommand(Now));

        Assert.Equal(RejectionReason.WrongState, decision.Rejection!.Reason);
    }

    [Fact]
    public void Decide_MissingCycle_RejectsNotFound()
    {
        var decision = PlanCycleMachine.Decide(null, OpsOffice, new PublishCommand(Now));

        Assert.Equal(RejectionReason.NotFound, decision.Rejection!.Reason);
    }
}
