using OpsRhythm.Domain.Planning;
using OpsRhythm.Domain.Workflow;
using static OpsRhythm.UnitTests.Planning.PlanningFixtures;

namespace OpsRhythm.UnitTests.Planning;

public sealed class DepartmentPlanMachineTests
{
    private static Decision<DepartmentPlan> Decide(DepartmentPlan plan, PlanActor actor, DepartmentPlanCommand command, PlanCycle? cycle = null) =>
        DepartmentPlanMachine.Decide(plan, cycle ?? Cycle(), actor, command);

    [Fact]
    public void SaveDraft_OwnHead_StoresContentAsDraft()
    {
        var decision = Decide(Plan(state: DepartmentPlanState.NotStarted), SalesHead, new SaveDraftCommand(ValidContent(), SalesMembers, Now));

        Assert.Equal(DepartmentPlanState.Draft, decision.State!.State);
        Assert.Equal(2, decision.State.Content.Tasks.Count);
        Assert.Equal(SalesHead.PersonId, decision.State.UpdatedBy);
    }

    [Fact]
    public void SaveDraft_OtherDepartmentsHead_RejectsNotYourDepartment()
    {
        var decision = Decide(Plan(state: DepartmentPlanState.NotStarted), ProductionHead, new SaveDraftCommand(ValidContent(), SalesMembers, Now));

        Assert.Equal(RejectionReason.NotYourDepartment, decision.Rejection!.Reason);
    }

    [Fact]
    public void SaveDraft_OwnerOutsideDepartment_RejectsUnderTheOwnerField()
    {
        var content = ValidContent() with { Tasks = [new PlanTask("t1", "排产", "wu-gang", new DateOnly(2027, 1, 5))] };

        var decision = Decide(Plan(), SalesHead, new SaveDraftCommand(content, SalesMembers, Now));

        Assert.Equal("Planning.Error.OwnerNotInDepartment", decision.Rejection!.FieldErrors["tasks.0.owner"].TextKey);
    }

    [Fact]
    public void SaveDraft_ReturnedPlan_BecomesDraftKeepingComment()
    {
        var returned = Plan(state: DepartmentPlanState.Returned) with { ReturnComment = "补充责任人" };

        var decision = Decide(returned, SalesHead, new SaveDraftCommand(ValidContent(), SalesMembers, Now));

        Assert.Equal(DepartmentPlanState.Draft, decision.State!.State);
        Assert.Equal("补充责任人", decision.State.ReturnComment);
    }

    [Theory]
    [InlineData(DepartmentPlanState.Submitted)]
    [InlineData(DepartmentPlanState.Accepted)]
    public void SaveDraft_AfterSubmitting_RejectsWrongState(DepartmentPlanState state)
    {
        var decision = Decide(Plan(state: state), SalesHead, new SaveDraftCommand(ValidContent(), SalesMembers, Now));

        Assert.Equal(RejectionReason.WrongState, decision.Rejection!.Reason);
    }

    [Fact]
    public void SaveDraft_CycleAwaitingApproval_RejectsWrongState()
    {
        var decision = Decide(Plan(), SalesHead, new SaveDraftCommand(ValidContent(), SalesMembers, Now), Cycle(state: PlanCycleState.AwaitingApproval));

        Assert.Equal(RejectionReason.WrongState, decision.Rejection!.Reason);
    }

    [Fact]
    public void Submit_ValidDraft_KeepsRevision()
    {
        var decision = Decide(Plan(), SalesHead, new SubmitPlanCommand(SalesMembers, Now));

        Assert.Equal(DepartmentPlanState.Submitted, decision.State!.State);
        Assert.Equal(1, decision.State.Revision);
        var revision = Assert.Single(decision.State.History);
        Assert.Equal((1, PlanEvents.Submitted), (revision.Number, revision.Action));
        Assert.Equal("1", decision.Events[0].Details["revision"]);
    }

    [Fact]
    public void Submit_WithoutTasks_RejectsNoTasks()
    {
        var empty = Plan() with { Content = ValidContent() with { Tasks = [] } };

        var decision = Decide(empty, SalesHead, new SubmitPlanCommand(SalesMembers, Now));

        Assert.Equal("Planning.Error.NoTasks", decision.Rejection!.FieldErrors[PlanFields.Tasks].TextKey);
    }

    [Fact]
    public void Submit_AnnualWithoutProfit_RejectsMissingMetric()
    {
        var plan = Plan(PlanKind.Annual) with { Content = ValidContent(PlanKind.Annual) with { Targets = [new PlanTarget(Metrics.Sales, "万元", 1m)] } };

        var decision = Decide(plan, SalesHead, new SubmitPlanCommand(SalesMembers, Now), Cycle(PlanKind.Annual));

        var error = decision.Rejection!.FieldErrors[PlanFields.Targets];
        Assert.Equal("Planning.Error.MissingMetrics", error.TextKey);
        Assert.Equal("profit, marketShare", error.Arguments[0]);
    }

    [Fact]
    public void Submit_NotStarted_SaysWhatIsMissing()
    {
        var decision = Decide(Plan(state: DepartmentPlanState.NotStarted) with { Content = new PlanContent() }, SalesHead, new SubmitPlanCommand(SalesMembers, Now));

        Assert.Equal(RejectionReason.InvalidInput, decision.Rejection!.Reason);
        Assert.Contains(PlanFields.Tasks, decision.Rejection.FieldErrors.Keys);
    }

    [Fact]
    public void Return_WithComment_ReturnsAndKeepsHistory()
    {
        var decision = Decide(Plan(state: DepartmentPlanState.Submitted), OpsOffice, new ReturnPlanCommand(" 预算过高 ", Now));

        Assert.Equal(DepartmentPlanState.Returned, decision.State!.State);
        Assert.Equal("预算过高", decision.State.ReturnComment);
        Assert.Equal("预算过高", decision.State.History[^1].Comment);
        Assert.Equal("预算过高", decision.Events[0].Comment);
    }

    [Fact]
    public void Return_WithoutComment_RejectsCommentRequired()
    {
        var decision = Decide(Plan(state: DepartmentPlanState.Submitted), OpsOffice, new ReturnPlanCommand("", Now));

        Assert.Equal("Planning.Error.Required", decision.Rejection!.FieldErrors[PlanFields.Comment].TextKey);
    }

    [Fact]
    public void Return_TooLongComment_RejectsTooLong()
    {
        var decision = Decide(Plan(state: DepartmentPlanState.Submitted), OpsOffice, new ReturnPlanCommand(new string('x', PlanLimits.Comment + 1), Now));

        Assert.Equal("Planning.Error.TooLong", decision.Rejection!.FieldErrors[PlanFields.Comment].TextKey);
    }

    [Fact]
    public void Return_Draft_RejectsWrongState()
    {
        var decision = Decide(Plan(), OpsOffice, new ReturnPlanCommand("x", Now));

        Assert.Equal(RejectionReason.WrongState, decision.Rejection!.Reason);
    }

    [Fact]
    public void Return_AcceptedWhileConsolidating_IsAllowed()
    {
        var decision = Decide(Plan(state: DepartmentPlanState.Accepted), OpsOffice, new ReturnPlanCommand("协调人手", Now), Cycle(state: PlanCycleState.Consolidating));

        Assert.Equal(DepartmentPlanState.Returned, decision.State!.State);
    }

    [Fact]
    public void Accept_Submitted_AcceptsAndClearsComment()
    {
        var decision = Decide(Plan(state: DepartmentPlanState.Submitted) with { ReturnComment = "old" }, OpsOffice, new AcceptPlanCommand(Now));

        Assert.Equal(DepartmentPlanState.Accepted, decision.State!.State);
        Assert.Null(decision.State.ReturnComment);
    }

    [Fact]
    public void Accept_Twice_SecondIsWrongState()
    {
        var first = Decide(Plan(state: DepartmentPlanState.Submitted), OpsOffice, new AcceptPlanCommand(Now));

        var second = Decide(first.State!, OpsOffice, new AcceptPlanCommand(Now));

        Assert.Equal(RejectionReason.WrongState, second.Rejection!.Reason);
    }

    [Fact]
    public void MarkApproved_RecordsApprovedRevision()
    {
        var approved = ApprovedPlan(PlanKind.Quarterly);

        Assert.Equal(1, approved.ApprovedRevision);
        Assert.Equal(PlanEvents.Approved, approved.History[^1].Action);
        Assert.Equal(approved.Content, approved.ApprovedContent);
    }

    [Fact]
    public void RequestAdjustment_PublishedQuarterly_ReopensPlanAsDraft()
    {
        var decision = Decide(ApprovedPlan(PlanKind.Quarterly), SalesHead, new RequestAdjustmentCommand(AdjustmentReason.MarketChange, "竞品降价", Now), Cycle(PlanKind.Quarterly, PlanCycleState.Published));

        Assert.Equal(DepartmentPlanState.Draft, decision.State!.State);
        var adjustment = Assert.Single(decision.State.Adjustments);
        Assert.Equal((1, 1, AdjustmentReason.MarketChange), (adjustment.Round, adjustment.FromRevision, adjustment.Reason));
        Assert.Equal(adjustment, decision.State.OpenAdjustment);
    }

    [Fact]
    public void RequestAdjustment_CycleAlreadyReopened_JoinsTheRound()
    {
        var decision = Decide(ApprovedPlan(PlanKind.Annual), SalesHead, new RequestAdjustmentCommand(AdjustmentReason.PolicyChange, "新规", Now), Cycle(PlanKind.Annual, PlanCycleState.Open, round: 2));

        Assert.Equal(2, decision.State!.Adjustments[0].Round);
    }

    [Fact]
    public void RequestAdjustment_Monthly_RejectsWrongState()
    {
        var decision = Decide(ApprovedPlan(PlanKind.Monthly), SalesHead, new RequestAdjustmentCommand(AdjustmentReason.Other, "x", Now), Cycle(PlanKind.Monthly, PlanCycleState.Published));

        Assert.Equal(RejectionReason.WrongState, decision.Rejection!.Reason);
    }

    [Fact]
    public void RequestAdjustment_WithoutExplanation_RejectsComment()
    {
        var decision = Decide(ApprovedPlan(PlanKind.Quarterly), SalesHead, new RequestAdjustmentCommand(AdjustmentReason.ForceMajeure, " ", Now), Cycle(PlanKind.Quarterly, PlanCycleState.Published));

        Assert.True(decision.Rejection!.FieldErrors.ContainsKey(PlanFields.Comment));
    }

    [Fact]
    public void UpdateTask_Published_UpdatesStatusAndProgress()
    {
        var decision = Decide(Plan(state: DepartmentPlanState.Accepted), SalesHead, new UpdateTaskCommand("t2", PlanTaskStatus.InProgress, 40, Now), Cycle(state: PlanCycleState.Published));

        var task = decision.State!.Content.Tasks.Single(t => t.Id == "t2");
        Assert.Equal((PlanTaskStatus.InProgress, 40), (task.Status, task.ProgressPercent));
        Assert.Equal(20, decision.State.CompletionPercent);
    }

    [Fact]
    public void UpdateTask_Done_SetsProgressToHundred()
    {
        var decision = Decide(Plan(state: DepartmentPlanState.Accepted), SalesHead, new UpdateTaskCommand("t1", PlanTaskStatus.Done, 10, Now), Cycle(state: PlanCycleState.Published));

        Assert.Equal(100, decision.State!.Content.Tasks[0].ProgressPercent);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(101)]
    public void UpdateTask_ProgressOutOfRange_RejectsProgress(int progress)
    {
        var decision = Decide(Plan(state: DepartmentPlanState.Accepted), SalesHead, new UpdateTaskCommand("t1", PlanTaskStatus.InProgress, progress, Now), Cycle(state: PlanCycleState.Published));

        Assert.True(decision.Rejection!.FieldErrors.ContainsKey(PlanFields.Progress));
    }

    [Fact]
    public void UpdateTask_UnknownTask_RejectsNotFound()
    {
        var decision = Decide(Plan(state: DepartmentPlanState.Accepted), SalesHead, new UpdateTaskCommand("nope", PlanTaskStatus.Done, 0, Now), Cycle(state: PlanCycleState.Published));

        Assert.Equal(RejectionReason.NotFound, decision.Rejection!.Reason);
    }

    [Fact]
    public void UpdateTask_BeforePublication_RejectsWrongState()
    {
        var decision = Decide(Plan(state: DepartmentPlanState.Accepted), SalesHead, new UpdateTaskCommand("t1", PlanTaskStatus.Done, 0, Now), Cycle(state: PlanCycleState.Approved));

        Assert.Equal(RejectionReason.WrongState, decision.Rejection!.Reason);
    }
}
