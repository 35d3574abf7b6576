using OpsRhythm.Domain.Indicators;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.UnitTests.Indicators;

public sealed class InspectionSchedulingTests
{
    private static readonly DateOnly Today = new(2026, 12, 7);
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Decide_OpsOfficeQuarterly_PlannedInTheYearOfItsDateWithTheSeries()
    {
        var decision = InspectionScheduling.Decide(SampleOrganisation.Ops, SampleOrganisation.Profile, new("sales", InspectionKind.OnSite, new DateOnly(2027, 1, 15), "wang-min", 3), "s1", Today, Now);

        var planned = decision.State!;
        Assert.Equal(("2027-plan-s1-0115", "2027", "s1", ScheduledInspectionState.Planned), (planned.Id, ScheduledInspection.PartitionFor(planned.Date), planned.SeriesId, planned.State));
        Assert.Equal("scheduled", Assert.Single(decision.Events).Action);
    }

    [Fact]
    public void Decide_DepartmentHead_RefusedAsNotTheOpsOffice()
    {
        var decision = InspectionScheduling.Decide(SampleOrganisation.SalesHead, SampleOrganisation.Profile, new("sales", InspectionKind.OnSite, Today, "wang-min", 0), "s1", Today, Now);

        Assert.Equal(RejectionReason.RoleNotAllowed, decision.Rejection!.Reason);
    }

    [Fact]
    public void Decide_PastDateInspectorOutsideTheOpsOfficeAndOddRepeat_EveryErrorBesideItsField()
    {
        var decision = InspectionScheduling.Decide(SampleOrganisation.Ops, SampleOrganisation.Profile, new("sales", InspectionKind.OnSite, Today.AddDays(-1), "li-qiang", 2), "s1", Today, Now);

        Assert.Equal(
            [IndicatorFields.Date, IndicatorFields.Owner, InspectionScheduleFields.Repeat],
            decision.Rejection!.FieldErrors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Next_Quarterly_ThreeMonthsLaterInItsYearsPartitionSameSeries()
    {
        var planned = InspectionScheduling.Decide(SampleOrganisation.Ops, SampleOrganisation.Profile, new("sales", InspectionKind.OnSite, new DateOnly(2026, 11, 30), "wang-min", 3), "s1", new DateOnly(2026, 11, 1), Now).State!;

        var next = InspectionScheduling.Next(planned with { State = ScheduledInspectionState.Due }, Now)!;

        Assert.Equal((new DateOnly(2027, 2, 28), "2027-plan-s1-0228", ScheduledInspectionState.Planned), (next.Date, next.Id, next.State));
    }

    [Fact]
    public void Next_QuarterlyFromTheThirtieth_KeepsTheThirtiethAfterFebruary()
    {
        var planned = InspectionScheduling.Decide(SampleOrganisation.Ops, SampleOrganisation.Profile, new("sales", InspectionKind.OnSite, new DateOnly(2026, 11, 30), "wang-min", 3), "s1", new DateOnly(2026, 11, 1), Now).State!;

        var february = InspectionScheduling.Next(planned, Now)!;
        var may = InspectionScheduling.Next(february, Now)!;

        Assert.Equal((new DateOnly(2027, 2, 28), new DateOnly(2027, 5, 30), "2027-plan-s1-0530"), (february.Date, may.Date, may.Id));
    }

    [Fact]
    public void Next_Once_None()
    {
        var planned = InspectionScheduling.Decide(SampleOrganisation.Ops, SampleOrganisation.Profile, new("sales", InspectionKind.SpecialAudit, Today, "wang-min", 0), "s1", Today, Now).State!;

        Assert.Null(InspectionScheduling.Next(planned, Now));
    }
}
