using OpsRhythm.Domain.Planning;
using OpsRhythm.Domain.Risks;
using OpsRhythm.Domain.Workflow;
using OpsRhythm.UnitTests.Indicators;
using RiskCategory = OpsRhythm.Domain.Risks.RiskCategory;

namespace OpsRhythm.UnitTests.Risks;

/// <summary>R-5.4: reassessment with history, the review due date of every open risk, risks from approved plans.</summary>
public sealed class RiskMonitoringTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 2, 0, 0, TimeSpan.Zero);

    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    private static readonly Risk Open = new("r1", "sales", RiskCategory.Market, "渠道商拖欠货款", 2, 3)
    {
        Strategy = ResponseStrategy.Reduce,
        OwnerPersonId = "sun-hao",
        CreatedBy = "li-qiang",
        CreatedAt = Now,
    };

    [Fact]
    public void Reassess_ByTheOwner_NewRatingsAndTheOldOnesInTheHistory()
    {
        var decision = RiskMachine.Decide(Open, SampleOrganisation.Employee, SampleOrganisation.Profile, new ReassessRisk(4, 5, "大客户拖欠", Now.AddDays(3)));

        var risk = decision.State!;
        Assert.Equal((4, 5, 20), (risk.Likelihood, risk.Impact, risk.Score));
        Assert.Equal(new RiskReassessment(Now.AddDays(3), "sun-hao", 2, 3, 4, 5) { Note = "大客户拖欠" }, Assert.Single(risk.Reassessments));
        Assert.Equal("reassessed", Assert.Single(decision.Events).Action);
    }

    [Fact]
    public void Reassess_RatingOutOfRangeOrUnchanged_ErrorBesideTheField()
    {
        var outOfRange = RiskMachine.Reassess(Open, SampleOrganisation.Employee, SampleOrganisation.Profile, new ReassessRisk(0, 6, null, Now));
        var unchanged = RiskMachine.Reassess(Open, SampleOrganisation.Employee, SampleOrganisation.Profile, new ReassessRisk(2, 3, null, Now));

        Assert.Equal([RiskFields.NewImpact, RiskFields.NewLikelihood], outOfRange.Rejection!.FieldErrors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("Risks.Validation.Unchanged", unchanged.Rejection!.FieldErrors[RiskFields.NewLikelihood].TextKey);
    }

    [Fact]
    public void Reassess_ClosedRiskOrSomeoneElse_Refused()
    {
        Assert.Equal(RejectionReason.WrongState, RiskMachine.Reassess(Open with { Status = RiskStatus.Closed }, SampleOrganisation.Employee, SampleOrganisation.Profile, new ReassessRisk(4, 4, null, Now)).Rejection!.Reason);
        Assert.Equal(RejectionReason.RoleNotAllowed, RiskMachine.Reassess(Open, SampleOrganisation.HrHead, SampleOrganisation.Profile, new ReassessRisk(4, 4, null, Now)).Rejection!.Reason);
    }

    [Fact]
    public void ReviewDue_NoReviewDate_DefaultDaysAfterRegistrationInTheOrganisationsZone()
    {
        // 2026-11-25 20:00 UTC is already the 26th in Shanghai.
        var late = Open with { CreatedAt = new DateTimeOffset(2026, 11, 25, 20, 0, 0, TimeSpan.Zero) };

        Assert.Equal(new DateOnly(2027, 2, 24), late.ReviewDue(Shanghai, 90));
        Assert.Equal(new DateOnly(2026, 12, 31), (late with { ReviewDate = new DateOnly(2026, 12, 31) }).ReviewDue(Shanghai, 90));
    }

    [Fact]
    public void ReviewDue_Reassessed_CountsFromTheLatestAssessment()
    {
        var reassessed = RiskMachine.Reassess(Open, SampleOrganisation.Employee, SampleOrganisation.Profile, new ReassessRisk(4, 4, null, Now.AddDays(10))).State!;

        Assert.Equal(new DateOnly(2026, 12, 6).AddDays(30), reassessed.ReviewDue(Shanghai, 30));
    }

    [Fact]
    public void FromPlan_AcceptedRisk_OwnedByTheHeadWithAReviewDateAndADerivedId()
    {
        var origin = new RiskOrigin("monthly-2026-12", "r7");

        var risk = RiskMachine.FromPlan(origin, "sales", "li-qiang", new PlanRisk("r7", "关键岗位流失", Domain.Planning.RiskCategory.People, 2, 4, RiskResponse.Accept), "chen-jing", Now, new DateOnly(2026, 11, 26), 90);

        Assert.Equal(("risk-monthly-2026-12-r7", RiskCategory.People, ResponseStrategy.Accept, "li-qiang"), (risk.Id, risk.Category, risk.Strategy, risk.OwnerPersonId));
        Assert.Equal(new DateOnly(2027, 2, 24), risk.ReviewDate);
        Assert.Equal(origin, risk.FromPlan);
    }
}
