using OpsRhythm.Domain.Improvement;
using OpsRhythm.Domain.Workflow;
using OpsRhythm.UnitTests.Indicators;

namespace OpsRhythm.UnitTests.Improvement;

public sealed class ProcessMachineTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    private static readonly PrincipleAssessment[] AllMet = [.. Enum.GetValues<DesignPrinciple>().Select(p => new PrincipleAssessment(p, PrincipleRating.Met, null))];

    private static ProcessReview Recorded() =>
        ProcessMachine.Record("p1", SampleOrganisation.Ops, SampleOrganisation.Profile, new RecordProcess("采购审批流程", "sun-hao", 3, AllMet), Today).State!;

    [Fact]
    public void Record_ByTheOpsOffice_FirstReviewOneIntervalOnWithThePrinciples()
    {
        var process = Recorded();

        Assert.Equal((new DateOnly(2027, 2, 26), 4), (process.NextReview, process.Principles.Count));
    }

    [Fact]
    public void Record_PrincipleMissingAndNoOwner_ErrorBesideEach()
    {
        var decision = ProcessMachine.Record("p1", SampleOrganisation.Ops, SampleOrganisation.Profile, new RecordProcess("采购", null, 30, AllMet[..3]), Today);

        Assert.Equal([ProcessFields.IntervalMonths, ProcessFields.Owner, ProcessFields.RatingOf(DesignPrinciple.RisksControlled)], decision.Rejection!.FieldErrors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Record_ByADepartmentHead_RefusedNamingTheOpsOffice()
    {
        var decision = ProcessMachine.Record("p1", SampleOrganisation.SalesHead, SampleOrganisation.Profile, new RecordProcess("采购", "sun-hao", 3, AllMet), Today);

        Assert.Equal(RejectionReason.RoleNotAllowed, decision.Rejection!.Reason);
    }

    [Fact]
    public void CompleteReview_ByTheOwner_NextReviewOneIntervalFromTodayAndRemindedAgainThen()
    {
        var process = Recorded() with { LastRemindedFor = new DateOnly(2027, 2, 26) };
        var on = new DateOnly(2027, 3, 1);

        var reviewed = ProcessMachine.CompleteReview(process, SampleOrganisation.Employee, new CompleteProcessReview(process.NextReview, AllMet, "  已简化审批 "), on).State!;

        Assert.Equal((new DateOnly(2027, 6, 1), on, "sun-hao", "已简化审批"), (reviewed.NextReview, reviewed.LastReviewedOn!.Value, reviewed.LastReviewedBy!, reviewed.ReviewNote!));
        Assert.False(reviewed.NeedsReminder(new DateOnly(2027, 5, 31)));
        Assert.True(reviewed.NeedsReminder(new DateOnly(2027, 6, 1)));
    }

    [Fact]
    public void CompleteReview_CardForAnEarlierDueDate_WrongState()
    {
        var process = Recorded();

        var decision = ProcessMachine.CompleteReview(process, SampleOrganisation.Employee, new CompleteProcessReview(process.NextReview.AddMonths(-3), AllMet, null), Today);

        Assert.Equal(RejectionReason.WrongState, decision.Rejection!.Reason);
    }

    [Fact]
    public void CompleteReview_AgainTheSameDayItLeftTheDueDateWhereItWas_WrongState()
    {
        var process = Recorded();
        var reviewed = ProcessMachine.CompleteReview(process, SampleOrganisation.Employee, new CompleteProcessReview(process.NextReview, AllMet, null), Today).State!;

        var again = ProcessMachine.CompleteReview(reviewed, SampleOrganisation.Employee, new CompleteProcessReview(process.NextReview, AllMet, null), Today);

        Assert.Equal(process.NextReview, reviewed.NextReview);
        Assert.Equal(RejectionReason.WrongState, again.Rejection!.Reason);
    }

    [Fact]
    public void CompleteReview_BySomeoneElse_Refused()
    {
        var process = Recorded();

        var decision = ProcessMachine.CompleteReview(process, SampleOrganisation.SalesHead, new CompleteProcessReview(process.NextReview, AllMet, null), Today);

        Assert.Equal(RejectionReason.RoleNotAllowed, decision.Rejection!.Reason);
    }

    [Fact]
    public void CompleteReview_FindingTooLong_ErrorBesideIt()
    {
        var process = Recorded();
        var principles = AllMet.Select(p => p with { Note = new string('长', ImprovementLimits.PrincipleNote + 1) }).ToList();

        var decision = ProcessMachine.CompleteReview(process, SampleOrganisation.Employee, new CompleteProcessReview(process.NextReview, principles, null), Today);

        Assert.Contains(ProcessFields.NoteOf(DesignPrinciple.CustomerOriented), decision.Rejection!.FieldErrors.Keys);
    }
}
