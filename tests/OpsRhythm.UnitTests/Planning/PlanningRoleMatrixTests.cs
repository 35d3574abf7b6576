using OpsRhythm.Cards.Common;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Planning;
using OpsRhythm.Domain.Workflow;
using static OpsRhythm.UnitTests.Planning.PlanningFixtures;

namespace OpsRhythm.UnitTests.Planning;

/// <summary>
/// Every action × single role × plan kind, run through the state machines from a state where the
/// action applies: the allowed pairs go through, every other pair is refused naming who may act.
/// </summary>
public sealed class PlanningRoleMatrixTests
{
    private static readonly Role[] SingleRoles = [Role.Employee, Role.DepartmentHead, Role.OpsOffice, Role.Leadership, Role.Administrator];

    // The policy's matrix, written out independently of PlanningRules so a change there must be deliberate.
    private static Role Expected(PlanAction action, PlanKind kind) => action switch
    {
        PlanAction.OpenCycle when kind == PlanKind.Annual => Role.Leadership | Role.OpsOffice,
        PlanAction.OpenCycle => Role.OpsOffice,
        PlanAction.EditDraft or PlanAction.Submit or PlanAction.RequestAdjustment or PlanAction.UpdateTask => Role.DepartmentHead,
        PlanAction.Return or PlanAction.Accept or PlanAction.Consolidate or PlanAction.RequestApproval => Role.OpsOffice,
        PlanAction.Approve or PlanAction.SendBack when kind == PlanKind.Monthly => Role.OpsOffice | Role.Leadership,
        PlanAction.Approve or PlanAction.SendBack => Role.Leadership,
        PlanAction.Publish or PlanAction.ViewProgress => Role.OpsOffice | Role.Leadership,
        _ => throw new ArgumentOutOfRangeException(nameof(action)),
    };

    public static TheoryData<PlanAction, PlanKind, Role> Matrix()
    {
        var data = new TheoryData<PlanAction, PlanKind, Role>();
        foreach (var action in Enum.GetValues<PlanAction>())
        {
            foreach (var kind in Enum.GetValues<PlanKind>())
            {
                foreach (var role in SingleRoles)
                {
                    data.Add(action, kind, role);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public void Decide_EveryRoleAndAction_FollowsTheMatrix(PlanAction action, PlanKind kind, Role role)
    {
        var actor = new PlanActor("someone", role, role == Role.DepartmentHead ? "sales" : null);
        var allowed = Expected(action, kind);
        Assert.Equal(allowed, PlanningRules.AllowedRoles(action, kind));

        var rejection = Run(action, kind, actor);

        if ((allowed & role) != Role.None)
        {
            var adjustsMonth = action == PlanAction.RequestAdjustment && kind == PlanKind.Monthly;
            Assert.True(adjustsMonth ? rejection?.Reason == RejectionReason.WrongState : rejection is null, $"{role} should {action} a {kind} plan: {rejection?.Reason}");
        }
        else
        {
            Assert.NotNull(rejection);
            Assert.Equal(RejectionReason.RoleNotAllowed, rejection.Reason);
            Assert.Equal(allowed, rejection.AllowedRoles);
            foreach (var text in new[] { Localizer.ZhCn, Localizer.EnUs })
            {
                var message = RejectionText.Describe(rejection, text);
                Assert.All(SingleRoles.Where(r => allowed.HasFlag(r)), r => Assert.Contains(text[$"Common.Role.{r}"], message, StringComparison.Ordinal));
            }
        }
    }

    [Theory]
    [InlineData(PlanAction.EditDraft)]
    [InlineData(PlanAction.Submit)]
    [InlineData(PlanAction.RequestAdjustment)]
    [InlineData(PlanAction.UpdateTask)]
    public void Decide_HeadOfAnotherDepartment_RejectsNotYourDepartment(PlanAction action)
    {
        var rejection = Run(action, PlanKind.Quarterly, ProductionHead);

        Assert.Equal(RejectionReason.NotYourDepartment, rejection!.Reason);
        Assert.False(string.IsNullOrEmpty(RejectionText.Describe(rejection, Localizer.EnUs)));
    }

    private static Rejection? Run(PlanAction action, PlanKind kind, PlanActor actor)
    {
        var accepted = AllAccepted(kind);
        return action switch
        {
            PlanAction.OpenCycle => PlanCycleMachine.Decide(null, actor, new OpenCycleCommand(PeriodOf(kind), Today.AddDays(5), ["sales"], Today, Now) { Guidelines = "方针" }).Rejection,
            PlanAction.EditDraft => OnPlan(Plan(kind, DepartmentPlanState.NotStarted), Cycle(kind), actor, new SaveDraftCommand(ValidContent(kind), SalesMembers, Now)),
            PlanAction.Submit => OnPlan(Plan(kind), Cycle(kind), actor, new SubmitPlanCommand(SalesMembers, Now)),
            PlanAction.Return => OnPlan(Plan(kind, DepartmentPlanState.Submitted), Cycle(kind), actor, new ReturnPlanCommand("请补充", Now)),
            PlanAction.Accept => OnPlan(Plan(kind, DepartmentPlanState.Submitted), Cycle(kind), actor, new AcceptPlanCommand(Now)),
            PlanAction.Consolidate => OnCycle(Cycle(kind), actor, new ConsolidateCommand(accepted, Now)),
            PlanAction.RequestApproval => OnCycle(Cycle(kind, PlanCycleState.Consolidating), actor, new RequestApprovalCommand(accepted, Now)),
            PlanAction.Approve => OnCycle(Cycle(kind, PlanCycleState.AwaitingApproval), actor, new ApproveCommand(null, Now)),
            PlanAction.SendBack => OnCycle(Cycle(kind, PlanCycleState.AwaitingApproval), actor, new SendBackCommand("再议", Now)),
            PlanAction.Publish => OnCycle(Cycle(kind, PlanCycleState.Approved), actor, new PublishCommand(Now)),
            PlanAction.RequestAdjustment => OnPlan(ApprovedPlan(kind), Cycle(kind, PlanCycleState.Published), actor, new RequestAdjustmentCommand(AdjustmentReason.MarketChange, "市场变化", Now)),
            PlanAction.UpdateTask => OnPlan(Plan(kind, DepartmentPlanState.Accepted), Cycle(kind, PlanCycleState.Published), actor, new UpdateTaskCommand("t1", PlanTaskStatus.InProgress, 50, Now)),
            PlanAction.ViewProgress => PlanningRules.May(actor, action, kind) ? null : Rejection.RoleNotAllowed(PlanningRules.AllowedRoles(action, kind)),
            _ => throw new ArgumentOutOfRangeException(nameof(action)),
        };
    }

    private static Rejection? OnPlan(DepartmentPlan plan, PlanCycle cycle, PlanActor actor, DepartmentPlanCommand command) =>
        DepartmentPlanMachine.Decide(plan, cycle, actor, command).Rejection;

    private static Rejection? OnCycle(PlanCycle cycle, PlanActor actor, PlanCycleCommand command) =>
        PlanCycleMachine.Decide(cycle, actor, command).Rejection;
}
