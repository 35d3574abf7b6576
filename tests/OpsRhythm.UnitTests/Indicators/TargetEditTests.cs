using OpsRhythm.Domain.Indicators;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.UnitTests.Indicators;

public sealed class TargetEditTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 28, 2, 0, 0, TimeSpan.Zero);
    private static readonly Period January = Period.Month(2027, 1);

    [Fact]
    public void Decide_HeadTypesNewAndChangedFigures_PutsOnlyThoseAsEntered()
    {
        var fromPlan = new IndicatorTarget("sales", "sales", "2027-M01", 1200) { SetBy = "wang-min", SetAt = At, Source = TargetSource.Plan, Plan = new("monthly-2027-01", 1, 1200) };
        var same = new IndicatorTarget("sales", "attendance", "2027-M01", 98) { SetBy = "li-qiang", SetAt = At };

        var result = Decide(SampleOrganisation.SalesHead, "sales", [fromPlan, same], ("sales", "1250"), ("profit", "300"), ("attendance", "98"));

        Assert.Null(result.Rejection);
        Assert.Equal(["profit", "sales"], result.Put.Select(t => t.IndicatorId).Order(StringComparer.Ordinal));
        var sales = result.Put.Single(t => t.IndicatorId == "sales");
        Assert.Equal((TargetSource.Entered, 1250.0, "li-qiang", fromPlan.Plan), (sales.Source, sales.Value, sales.SetBy, sales.Plan));
        Assert.Empty(result.Remove);
    }

    [Fact]
    public void Decide_FieldEmptiedWhereTargetExists_RemovesIt()
    {
        var existing = new IndicatorTarget("sales", "profit", "2027-M01", 300) { SetBy = "li-qiang", SetAt = At };

        var result = Decide(SampleOrganisation.Ops, "sales", [existing], ("profit", " "));

        Assert.Equal([existing], result.Remove);
    }

    [Fact]
    public void Decide_TextNotANumber_ErrorUnderThatFieldAndNothingWritten()
    {
        var result = Decide(SampleOrganisation.SalesHead, "sales", [], ("sales", "lots"), ("profit", "300"));

        Assert.Equal(RejectionReason.InvalidInput, result.Rejection!.Reason);
        Assert.Equal("Indicators.Validation.NotANumber", result.Rejection.FieldErrors[TargetEdit.FieldFor("sales")].TextKey);
        Assert.Empty(result.Put);
    }

    [Fact]
    public void Decide_QuarterlyIndicatorFieldOnMonthlyCard_IsIgnored()
    {
        var result = Decide(SampleOrganisation.SalesHead, "sales", [], ("customer-satisfaction", "90"));

        Assert.Empty(result.Put);
    }

    [Theory]
    [InlineData("sun-hao", RejectionReason.RoleNotAllowed)]
    [InlineData("chen-jing", RejectionReason.RoleNotAllowed)]
    [InlineData("zhao-li", RejectionReason.NotYourDepartment)]
    public void Decide_NeitherTheHeadNorTheOpsOffice_IsRefused(string personId, RejectionReason reason)
    {
        var actor = SampleOrganisation.Profile.FindPerson(personId)!;

        var result = Decide(actor, "sales", [], ("sales", "1"));

        Assert.Equal(reason, result.Rejection!.Reason);
        Assert.Empty(result.Put);
    }

    private static TargetEditResult Decide(Person actor, string departmentId, IReadOnlyList<IndicatorTarget> existing, params (string Indicator, string Text)[] typed) =>
        TargetEdit.Decide(actor, SampleOrganisation.Profile, departmentId, January, IndicatorCatalog.Seed.Indicators,
            typed.ToDictionary(t => TargetEdit.FieldFor(t.Indicator), t => t.Text), existing, At);
}
