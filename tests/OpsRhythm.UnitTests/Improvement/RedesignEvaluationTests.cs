using OpsRhythm.Domain.Improvement;
using OpsRhythm.Domain.Workflow;
using OpsRhythm.UnitTests.Indicators;

namespace OpsRhythm.UnitTests.Improvement;

/// <summary>R-2.2 step 4: the departments concerned assess the solution before the evaluation step completes.</summary>
public sealed class RedesignEvaluationTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 8, 0, 0, TimeSpan.Zero);

    private static RedesignProject AtEvaluation()
    {
        var steps = Enum.GetValues<RedesignStepKind>().Select((k, i) => new RedesignStep(k, "wang-min", new DateOnly(2026, 12, 1).AddDays(i * 7))
        {
            CompletedAt = k < RedesignStepKind.Evaluation ? Now : null,
        }).ToList();
        return new RedesignProject("p1", "订单处理流程", steps) { CreatedBy = "wang-min", CreatedAt = Now, DepartmentIds = ["sales", "hr"] };
    }

    [Fact]
    public void CompleteStep_EvaluationWithADepartmentMissing_RefusedNamingHowMany()
    {
        var project = RedesignEvaluation.Evaluate(AtEvaluation(), SampleOrganisation.SalesHead, SampleOrganisation.Profile, new EvaluateRedesign("sales", 4, 5, 3, null), Now).State!;

        var decision = RedesignMachine.CompleteStep(project, SampleOrganisation.Ops, new CompleteRedesignStep(null), Now);

        Assert.Equal(new FieldError("Improvement.Validation.EvaluationsMissing", 1).Arguments, decision.Rejection!.FieldErrors[RedesignFields.Note].Arguments);
        Assert.Equal(["hr"], RedesignEvaluation.Missing(project));
    }

    [Fact]
    public void Evaluate_AgainByTheSameDepartment_ReplacesItsAssessment()
    {
        var once = RedesignEvaluation.Evaluate(AtEvaluation(), SampleOrganisation.SalesHead, SampleOrganisation.Profile, new EvaluateRedesign("sales", 4, 5, 3, null), Now).State!;

        var twice = RedesignEvaluation.Evaluate(once, SampleOrganisation.SalesHead, SampleOrganisation.Profile, new EvaluateRedesign("sales", 2, 2, 2, "成本太高"), Now).State!;

        Assert.Equal((2, "成本太高"), (Assert.Single(twice.Evaluations).CostBenefit, twice.Evaluations[0].Comment!));
    }

    [Fact]
    public void Evaluate_ScoreOutOfRangeOrAnotherHead_Refused()
    {
        var bad = RedesignEvaluation.Evaluate(AtEvaluation(), SampleOrganisation.SalesHead, SampleOrganisation.Profile, new EvaluateRedesign("sales", 0, null, 6, null), Now);
        var other = RedesignEvaluation.Evaluate(AtEvaluation(), SampleOrganisation.HrHead, SampleOrganisation.Profile, new EvaluateRedesign("sales", 4, 4, 4, null), Now);

        Assert.Equal([RedesignFields.CostBenefit, RedesignFields.Effectiveness, RedesignFields.Feasibility], bad.Rejection!.FieldErrors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(RejectionReason.NotYourDepartment, other.Rejection!.Reason);
    }

    [Fact]
    public void Evaluate_BeforeTheEvaluationStep_WrongState()
    {
        var early = AtEvaluation() with { Steps = [.. AtEvaluation().Steps.Select(s => s with { CompletedAt = null })] };

        Assert.Equal(RejectionReason.WrongState, RedesignEvaluation.Evaluate(early, SampleOrganisation.SalesHead, SampleOrganisation.Profile, new EvaluateRedesign("sales", 4, 4, 4, null), Now).Rejection!.Reason);
    }

    [Fact]
    public void CompleteStep_ButtonOfAnEarlierStep_WrongState()
    {
        var decision = RedesignMachine.CompleteStep(AtEvaluation(), SampleOrganisation.Ops, new CompleteRedesignStep(null) { Step = RedesignStepKind.Design }, Now);

        Assert.Equal(RejectionReason.WrongState, decision.Rejection!.Reason);
    }
}
