using OpsRhythm.Domain.Indicators;
using OpsRhythm.Domain.Workflow;
using OpsRhythm.UnitTests.CardCatalog;

namespace OpsRhythm.UnitTests.Indicators;

public sealed class EvaluationActionsTests
{
    private static readonly DateOnly Today = new(2026, 11, 5);
    private static readonly DepartmentScorecard Scorecard = IndicatorsCardSamples.TypicalScorecard();

    [Fact]
    public void Missed_TypicalScorecard_OnlyMeasuredTargetsMissed()
    {
        var missed = EvaluationActions.Missed(Scorecard);

        Assert.NotEmpty(missed);
        Assert.All(missed, e => Assert.Equal(EvaluationStatus.TargetMissed, e.Status));
        Assert.DoesNotContain(missed, e => e.Indicator.Id == "sales");
    }

    [Fact]
    public void Decide_HeadForAMissedTarget_OpenActionNamingTheEvaluation()
    {
        var missed = EvaluationActions.Missed(Scorecard)[0];

        var decision = EvaluationActions.Decide(SampleOrganisation.SalesHead, SampleOrganisation.Profile, Command(missed.Indicator.Id, missed.Period.ToString()), EvaluationActions.Missed(Scorecard), "2026-act-1", Today);

        var action = decision.State!;
        Assert.Equal(("sales", "sun-hao", ImprovementActionState.Open, $"{missed.Indicator.Id}:{missed.Period}"), (action.DepartmentId, action.OwnerPersonId, action.State, action.EvaluationOf));
        Assert.Null(action.InspectionId);
        Assert.Equal("opened", Assert.Single(decision.Events).Action);
    }

    [Fact]
    public void Decide_TargetMet_RefusedBesideTheIndicator()
    {
        var decision = EvaluationActions.Decide(SampleOrganisation.Ops, SampleOrganisation.Profile, Command("sales", "2026-M10"), EvaluationActions.Missed(Scorecard), "2026-act-1", Today);

        Assert.Equal([IndicatorFields.Indicator], decision.Rejection!.FieldErrors.Keys);
    }

    [Fact]
    public void Decide_NoFindingNoOwnerPastDeadline_EveryErrorBesideItsField()
    {
        var missed = EvaluationActions.Missed(Scorecard)[0];

        var decision = EvaluationActions.Decide(SampleOrganisation.Ops, SampleOrganisation.Profile, Command(missed.Indicator.Id, missed.Period.ToString()) with { Finding = " ", OwnerPersonId = "nobody", Deadline = Today.AddDays(-1) },
            EvaluationActions.Missed(Scorecard), "2026-act-1", Today);

        Assert.Equal(
            new[] { IndicatorFields.Findings, IndicatorFields.Owner, IndicatorFields.Deadline }.Order(StringComparer.Ordinal),
            decision.Rejection!.FieldErrors.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("zhao-li", RejectionReason.NotYourDepartment)]
    [InlineData("sun-hao", RejectionReason.RoleNotAllowed)]
    public void Decide_NotTheHeadNorTheOpsOffice_Refused(string actorId, RejectionReason reason)
    {
        var missed = EvaluationActions.Missed(Scorecard)[0];
        var actor = SampleOrganisation.Profile.FindPerson(actorId)!;

        var decision = EvaluationActions.Decide(actor, SampleOrganisation.Profile, Command(missed.Indicator.Id, missed.Period.ToString()), EvaluationActions.Missed(Scorecard), "2026-act-1", Today);

        Assert.Equal(reason, decision.Rejection!.Reason);
    }

    private static OpenEvaluationAction Command(string indicator, string period) =>
        new("sales", indicator, period, "客户投诉处理流程缩短至两天", "sun-hao", Today.AddDays(30));
}
