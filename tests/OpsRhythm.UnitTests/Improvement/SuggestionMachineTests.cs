using OpsRhythm.Domain.Improvement;
using OpsRhythm.Domain.Workflow;
using OpsRhythm.UnitTests.Indicators;

namespace OpsRhythm.UnitTests.Improvement;

public sealed class SuggestionMachineTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 8, 0, 0, TimeSpan.Zero);

    private static Suggestion Submitted() =>
        SuggestionMachine.Submit("s1", SampleOrganisation.Employee, new SubmitSuggestion("单据重复录入", "共用表单", "每周省 3 小时", true), Now).State!;

    [Fact]
    public void Submit_MissingFields_ErrorPerField()
    {
        var decision = SuggestionMachine.Submit("s1", SampleOrganisation.Employee, new SubmitSuggestion(" ", null, "x", false), Now);

        Assert.Equal(["problem", "proposal"], decision.Rejection!.FieldErrors.Keys.Order());
    }

    [Fact]
    public void Accept_ValidScores_AcceptedWithPoints()
    {
        var decision = SuggestionMachine.Accept(Submitted(), SampleOrganisation.Ops, new AcceptSuggestion(4, 5, 3, 80), Now);

        Assert.Equal(SuggestionState.Accepted, decision.State!.State);
        Assert.Equal(12, decision.State.Scores!.Total);
        Assert.Equal(80, decision.State.RewardPoints);
    }

    [Fact]
    public void Accept_BadScoreAndPoints_FieldErrors()
    {
        var decision = SuggestionMachine.Accept(Submitted(), SampleOrganisation.Ops, new AcceptSuggestion(6, 5, 3, 0), Now);

        Assert.Equal(["feasibility", "points"], decision.Rejection!.FieldErrors.Keys.Order());
    }

    [Fact]
    public void Decline_NoReason_ReasonError() =>
        Assert.True(SuggestionMachine.Decline(Submitted(), SampleOrganisation.Ops, new DeclineSuggestion(""), Now).Rejection!.FieldErrors.ContainsKey("reason"));

    [Fact]
    public void Decline_AlreadyAccepted_WrongState()
    {
        var accepted = SuggestionMachine.Accept(Submitted(), SampleOrganisation.Ops, new AcceptSuggestion(4, 4, 4, 10), Now).State!;

        Assert.Equal(RejectionReason.WrongState, SuggestionMachine.Decline(accepted, SampleOrganisation.Ops, new DeclineSuggestion("no"), Now).Rejection!.Reason);
    }

    [Fact]
    public void CompleteStep_InOrderUntilDone()
    {
        var steps = Enum.GetValues<RedesignStepKind>().Select((k, i) => new RedesignStep(k, "sun-hao", new DateOnly(2026, 12, 1 + i))).ToList();
        var project = RedesignMachine.Start("p1", SampleOrganisation.Ops, new StartRedesign("订单流程", steps), Now).State!;

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal((RedesignStepKind)i, project.CurrentStep!.Kind);
            project = RedesignMachine.CompleteStep(project, SampleOrganisation.Employee, new CompleteRedesignStep(null), Now).State!;
        }

        Assert.True(project.IsDone);
        Assert.Equal(RejectionReason.WrongState, RedesignMachine.CompleteStep(project, SampleOrganisation.Ops, new CompleteRedesignStep(null), Now).Rejection!.Reason);
    }

    [Fact]
    public void Start_MissingStep_Error()
    {
        var steps = new[] { new RedesignStep(RedesignStepKind.Survey, "sun-hao", new DateOnly(2026, 12, 1)) };

        Assert.True(RedesignMachine.Start("p1", SampleOrganisation.Ops, new StartRedesign("x", steps), Now).Rejection!.FieldErrors.ContainsKey("steps"));
    }
}
