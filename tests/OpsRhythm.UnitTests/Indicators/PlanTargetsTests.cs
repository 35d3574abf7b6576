using OpsRhythm.Domain.Indicators;
using OpsRhythm.Domain.Planning;

namespace OpsRhythm.UnitTests.Indicators;

public sealed class PlanTargetsTests
{
    private const string Cycle = "monthly-2027-01";
    private static readonly DateTimeOffset At = new(2026, 12, 28, 2, 0, 0, TimeSpan.Zero);
    private static readonly PlanPeriod January = PlanPeriod.Monthly(2027, 1);

    [Theory]
    [InlineData("sales", "万元", "sales")]
    [InlineData("销售额", "万元", "sales")]
    [InlineData("Complaint rate", "%", "complaint-rate")]
    [InlineData("ORDER-CYCLE", "", "order-cycle")]
    public void Map_MetricNamesAMonthlyIndicator_MapsToIt(string metric, string unit, string expected)
    {
        var (mapped, skipped) = PlanTargets.Map([new PlanTarget(metric, unit, 5m)], January, IndicatorCatalog.Seed);

        Assert.Empty(skipped);
        Assert.Equal((expected, 5.0), (mapped.Single().Indicator.Id, mapped.Single().Value));
    }

    [Theory]
    [InlineData("marketShare", "%", PlanTargets.OtherFrequency)]
    [InlineData("  ", "%", PlanTargets.NoIndicator)]
    [InlineData("customer-satisfaction", "%", PlanTargets.OtherFrequency)]
    [InlineData("sales", "元", PlanTargets.OtherUnit)]
    public void Map_MetricThatIsNoMonthlyIndicator_IsSkippedWithReason(string metric, string unit, string reason)
    {
        var (mapped, skipped) = PlanTargets.Map([new PlanTarget(metric, unit, 5m)], January, IndicatorCatalog.Seed);

        Assert.Empty(mapped);
        Assert.Equal(new SkippedPlanTarget(metric, reason), skipped.Single());
    }

    [Theory]
    [InlineData("marketShare")]
    [InlineData("市场占有率")]
    [InlineData("Market share")]
    public void Map_AnnualPlansMarketShare_SetsTheYearsMarketShareTarget(string metric)
    {
        var (mapped, skipped) = PlanTargets.Map([new PlanTarget(metric, "%", 12.5m)], PlanPeriod.Annual(2027), IndicatorCatalog.Seed);

        Assert.Empty(skipped);
        Assert.Equal((IndicatorCatalog.MarketShareId, 12.5), (mapped.Single().Indicator.Id, mapped.Single().Value));
    }

    [Fact]
    public void WithRequiredByPlans_CatalogStoredWithoutMarketShare_OffersIt()
    {
        var stored = new IndicatorCatalog([.. IndicatorCatalog.Seed.Indicators.Where(i => i.Id != IndicatorCatalog.MarketShareId)]);

        var catalog = stored.WithRequiredByPlans();

        Assert.Equal("市场占有率", catalog.Find("marketShare")?.Name.ZhCn);
        Assert.Same(IndicatorCatalog.Seed, IndicatorCatalog.Seed.WithRequiredByPlans());
    }

    [Fact]
    public void Map_SameIndicatorByIdAndName_FirstWinsSecondSkipped()
    {
        var (mapped, skipped) = PlanTargets.Map([new PlanTarget("sales", "万元", 5m), new PlanTarget("销售额", "万元", 6m)], January, IndicatorCatalog.Seed);

        Assert.Equal(5.0, mapped.Single().Value);
        Assert.Equal(PlanTargets.Duplicate, skipped.Single().ReasonKey);
    }

    [Theory]
    [InlineData(PlanKind.Annual, 0, "2027")]
    [InlineData(PlanKind.Quarterly, 2, "2027-Q2")]
    [InlineData(PlanKind.Monthly, 3, "2027-M03")]
    public void PeriodOf_PlanPeriod_IsTheIndicatorPeriodOfTheSameSpan(PlanKind kind, int index, string expected)
    {
        Assert.Equal(expected, PlanTargets.PeriodOf(new PlanPeriod(kind, 2027, index)).ToString());
    }

    [Fact]
    public void Apply_NoTargetYet_CreatesPlanTargetWithSource()
    {
        var result = Apply(1, [], new PlanTarget("sales", "万元", 1200m));

        var target = result.Put.Single();
        Assert.Equal((TargetSource.Plan, 1200.0, "2027-M01", "wang-min"), (target.Source, target.Value, target.Period, target.SetBy));
        Assert.Equal(new PlanTargetSource(Cycle, 1, 1200), target.Plan);
        Assert.Equal(["sales:2027-M01"], result.Record.Applied);
    }

    [Fact]
    public void Apply_EnteredTargetExists_KeepsItsValueAndNotesThePlanFigure()
    {
        var entered = Entered("sales", 1300);

        var result = Apply(1, [entered], new PlanTarget("sales", "万元", 1200m));

        var target = result.Put.Single();
        Assert.Equal((TargetSource.Entered, 1300.0, "li-qiang"), (target.Source, target.Value, target.SetBy));
        Assert.Equal(1200, target.Plan!.Value);
        Assert.Equal(["sales:2027-M01"], result.Record.KeptEntered);
    }

    [Fact]
    public void Apply_EarlierRevisionsPlanTarget_IsReplaced()
    {
        var earlier = Apply(1, [], new PlanTarget("sales", "万元", 1200m)).Put.Single();

        var result = Apply(2, [earlier], new PlanTarget("sales", "万元", 1500m));

        Assert.Equal((1500.0, 2), (result.Put.Single().Value, result.Put.Single().Plan!.Revision));
    }

    [Fact]
    public void Apply_SameOrNewerRevisionAlreadyNoted_ChangesNothing()
    {
        var newer = Apply(3, [], new PlanTarget("sales", "万元", 1500m)).Put.Single();

        var result = Apply(2, [newer], new PlanTarget("sales", "万元", 1200m));

        Assert.Empty(result.Put);
        Assert.Equal(["sales:2027-M01"], result.Record.Applied);
    }

    [Fact]
    public void Apply_LaterRevisionDropsATarget_RemovesPlanOneAndUnnotesEnteredOne()
    {
        var fromPlan = Apply(1, [], new PlanTarget("profit", "万元", 300m)).Put.Single();
        var entered = Entered("sales", 1300) with { Plan = new PlanTargetSource(Cycle, 1, 1200) };
        var otherPeriod = fromPlan with { Period = "2027-M02", Plan = new PlanTargetSource("monthly-2027-02", 1, 310) };

        var result = Apply(2, [fromPlan, entered, otherPeriod]);

        Assert.Equal([fromPlan], result.Remove);
        Assert.Equal(entered with { Plan = null }, result.Put.Single());
    }

    private static TargetsFromPlan Apply(int revision, IReadOnlyList<IndicatorTarget> existing, params PlanTarget[] targets)
    {
        var content = PlanContent.Empty with { Targets = targets };
        var plan = new DepartmentPlan(Cycle, "sales", DepartmentPlanState.Accepted) { Content = content, Revision = revision };
        return PlanTargets.Apply(plan, January, revision, content, IndicatorCatalog.Seed, existing, "wang-min", At);
    }

    private static IndicatorTarget Entered(string indicatorId, double value) =>
        new("sales", indicatorId, "2027-M01", value) { SetBy = "li-qiang", SetAt = At.AddDays(-3) };
}
