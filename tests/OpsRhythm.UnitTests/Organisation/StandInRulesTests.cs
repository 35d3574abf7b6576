using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Organisation.StandIns;
using OpsRhythm.Domain.Planning;
using OpsRhythm.Domain.Workflow;
using static OpsRhythm.UnitTests.Planning.PlanningFixtures;

namespace OpsRhythm.UnitTests.OrganisationMaintenance;

/// <summary>Who may act for whom: a department's deputy for its head, an approval delegate for an approver, only on the days of the range.</summary>
public sealed class StandInRulesTests
{
    private static readonly DateOnly From = Today;
    private static readonly DateOnly Until = Today.AddDays(6);

    public static OrganisationProfile WithStandIns(params StandIn[] standIns) => Organisation with { StandIns = standIns };

    private static readonly OrganisationProfile Covered = WithStandIns(
        new StandIn(StandInKind.Department, "sales", "sun-hao", From, Until),
        new StandIn(StandInKind.Approval, "chen-jing", "zhang-wei", From, Until));

    [Fact]
    public void DeputyOf_InsideTheRange_TheDeputy_OutsideIt_Nobody()
    {
        Assert.Equal("sun-hao", StandInRules.DeputyOf(Covered, "sales", From)?.Id);
        Assert.Equal("sun-hao", StandInRules.DeputyOf(Covered, "sales", Until)?.Id);
        Assert.Null(StandInRules.DeputyOf(Covered, "sales", From.AddDays(-1)));
        Assert.Null(StandInRules.DeputyOf(Covered, "sales", Until.AddDays(1)));
        Assert.Null(StandInRules.DeputyOf(Covered, "production", From));
    }

    [Fact]
    public void PlanActor_DeputyOnTheDay_HeadsTheDepartmentForTheHead()
    {
        var deputy = PlanActor.From(Covered.FindPerson("sun-hao")!, Covered, From);

        Assert.True(deputy.Heads("sales"));
        Assert.False(deputy.Heads("production"));
        Assert.Equal("li-qiang", deputy.OnBehalfOf(PlanAction.Submit, PlanKind.Monthly, "sales"));
        Assert.True(PlanningRules.May(deputy, PlanAction.Submit, PlanKind.Monthly));
    }

    [Fact]
    public void PlanActor_DeputyAfterTheRange_IsAnEmployeeAgain()
    {
        var deputy = PlanActor.From(Covered.FindPerson("sun-hao")!, Covered, Until.AddDays(1));

        Assert.False(deputy.Heads("sales"));
        Assert.False(PlanningRules.May(deputy, PlanAction.Submit, PlanKind.Monthly));
    }

    [Fact]
    public void PlanActor_WithoutTheDay_NobodyStandsIn()
    {
        Assert.False(PlanActor.From(Covered.FindPerson("sun-hao")!, Covered).Heads("sales"));
    }

    [Fact]
    public void PlanActor_ApprovalDelegate_MayApproveAndSendBack_ButNotPublishOrConsolidate()
    {
        var delegated = PlanActor.From(Covered.FindPerson("zhang-wei")!, Covered, From);

        Assert.True(PlanningRules.May(delegated, PlanAction.Approve, PlanKind.Annual));
        Assert.True(PlanningRules.May(delegated, PlanAction.SendBack, PlanKind.Quarterly));
        Assert.False(PlanningRules.May(delegated, PlanAction.Publish, PlanKind.Annual));
        Assert.False(PlanningRules.May(delegated, PlanAction.Consolidate, PlanKind.Annual));
        Assert.Equal("chen-jing", delegated.OnBehalfOf(PlanAction.Approve, PlanKind.Annual, null));
        Assert.True(delegated.Heads("production"));
        Assert.Null(delegated.OnBehalfOf(PlanAction.Submit, PlanKind.Annual, "production"));
    }

    [Fact]
    public void ApprovalDelegate_OfAnOpsOfficeMember_ApprovesMonthlyPlansOnly()
    {
        var organisation = WithStandIns(new StandIn(StandInKind.Approval, "gao-yu", "sun-li", From, Until));
        var delegated = PlanActor.From(organisation.FindPerson("sun-li")!, organisation, From);

        Assert.True(PlanningRules.May(delegated, PlanAction.Approve, PlanKind.Monthly));
        Assert.False(PlanningRules.May(delegated, PlanAction.Approve, PlanKind.Annual));
    }

    [Fact]
    public void DepartmentPlanMachine_DeputySubmits_RevisionAndAuditSayForWhom()
    {
        var deputy = PlanActor.From(Covered.FindPerson("sun-hao")!, Covered, From);

        var decision = DepartmentPlanMachine.Decide(Plan(), Cycle(), deputy, new SubmitPlanCommand(SalesMembers, Now));

        Assert.True(decision.IsAccepted);
        Assert.Equal("sun-hao", decision.State!.History[^1].ActorPersonId);
        Assert.Equal("li-qiang", decision.State.History[^1].OnBehalfOf);
        Assert.All(decision.Events, e => Assert.Equal("li-qiang", e.OnBehalfOf));
    }

    [Fact]
    public void DepartmentPlanMachine_HeadSubmits_NobodyActedFor()
    {
        var head = PlanActor.From(Covered.FindPerson("li-qiang")!, Covered, From);

        var decision = DepartmentPlanMachine.Decide(Plan(), Cycle(), head, new SubmitPlanCommand(SalesMembers, Now));

        Assert.Null(decision.State!.History[^1].OnBehalfOf);
        Assert.All(decision.Events, e => Assert.Null(e.OnBehalfOf));
    }

    [Fact]
    public void DepartmentPlanMachine_DeputyOfSalesOnProductionsPlan_NotTheirDepartment()
    {
        var deputy = PlanActor.From(Covered.FindPerson("sun-hao")!, Covered, From);

        var decision = DepartmentPlanMachine.Decide(Plan(departmentId: "production"), Cycle(), deputy, new SubmitPlanCommand(SalesMembers, Now));

        Assert.Equal(RejectionReason.NotYourDepartment, decision.Rejection?.Reason);
    }

    [Fact]
    public void PlanCycleMachine_DelegateApproves_CycleAndAuditSayForWhom()
    {
        var delegated = PlanActor.From(Covered.FindPerson("zhang-wei")!, Covered, From);

        var decision = PlanCycleMachine.Decide(Cycle(PlanKind.Quarterly, PlanCycleState.AwaitingApproval), delegated, new ApproveCommand("同意", Now));

        Assert.Equal("zhang-wei", decision.State!.DecidedBy);
        Assert.Equal("chen-jing", decision.State.DecidedFor);
        Assert.Equal("chen-jing", Assert.Single(decision.Events).OnBehalfOf);
    }

    [Fact]
    public void DelegatesFor_NamesTheActiveDelegatesOfTheRole()
    {
        Assert.Equal(["zhang-wei"], StandInRules.DelegatesFor(Covered, Role.Leadership, From));
        Assert.Empty(StandInRules.DelegatesFor(Covered, Role.Leadership, Until.AddDays(1)));
    }
}
