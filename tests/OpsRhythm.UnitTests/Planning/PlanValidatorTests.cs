using OpsRhythm.Domain.Planning;
using static OpsRhythm.UnitTests.Planning.PlanningFixtures;

namespace OpsRhythm.UnitTests.Planning;

public sealed class PlanValidatorTests
{
    private static readonly PlanPeriod January = PlanPeriod.Monthly(2027, 1);

    [Fact]
    public void ValidateDraft_ValidContent_HasNoErrors() =>
        Assert.Empty(PlanValidator.ValidateDraft(ValidContent(), January, SalesMembers));

    [Fact]
    public void ValidateDraft_EmptyContent_HasNoErrors() =>
        Assert.Empty(PlanValidator.ValidateDraft(PlanContent.Empty, January, SalesMembers));

    [Theory]
    [InlineData("2026-12-31")]
    [InlineData("2027-02-01")]
    public void ValidateDraft_TaskDueOutsidePeriod_ErrorNamesThePeriod(string due)
    {
        var content = ValidContent() with { Tasks = [new PlanTask("t", "x", "sun-hao", DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture))] };

        var error = PlanValidator.ValidateDraft(content, January, SalesMembers)["tasks.0.due"];

        Assert.Equal("Planning.Error.DateOutsidePeriod", error.TextKey);
        Assert.Equal(new object[] { January.Start, January.End }, error.Arguments);
    }

    [Fact]
    public void ValidateDraft_RowErrors_AreKeyedByRow()
    {
        var content = new PlanContent
        {
            Targets = [new PlanTarget(Metrics.Sales, "万元", 1), new PlanTarget("", "", 1), new PlanTarget(Metrics.MarketShare, "%", 140)],
            Tasks = [new PlanTask("a", "ok", "sun-hao", January.Start), new PlanTask("b", new string('长', PlanLimits.Title + 1), "", January.Start)],
            Risks = [new PlanRisk("r", "", RiskCategory.People, 0, 6, RiskResponse.Accept)],
        };

        var errors = PlanValidator.ValidateDraft(content, January, SalesMembers);

        Assert.Equal(
            ["risks.0.description", "risks.0.impact", "risks.0.likelihood", "targets.1.metric", "targets.1.unit", "targets.2.value", "tasks.1.owner", "tasks.1.title"],
            errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("Planning.Error.TooLong", errors["tasks.1.title"].TextKey);
    }

    [Fact]
    public void ValidateDraft_NegativeResources_AreRejected()
    {
        var content = ValidContent() with { Resources = new ResourceNeeds { Headcount = -1, Budget = -5m } };

        var errors = PlanValidator.ValidateDraft(content, January, SalesMembers);

        Assert.Contains(PlanFields.Headcount, errors.Keys);
        Assert.Contains(PlanFields.Budget, errors.Keys);
    }

    [Fact]
    public void ValidateDraft_TooManyTasks_ErrorOnSection()
    {
        var tasks = Enumerable.Range(0, PlanLimits.MaxTasks + 1).Select(i => new PlanTask($"t{i}", "x", "sun-hao", January.Start)).ToList();

        var errors = PlanValidator.ValidateDraft(PlanContent.Empty with { Tasks = tasks }, January, SalesMembers);

        Assert.Equal("Planning.Error.TooManyRows", errors[PlanFields.Tasks].TextKey);
    }

    [Fact]
    public void ValidateForSubmit_MonthlyWithOnlyTasks_IsComplete()
    {
        var content = ValidContent() with { Targets = [] };

        Assert.Empty(PlanValidator.ValidateForSubmit(content, January, SalesMembers));
    }

    [Fact]
    public void ValidateForSubmit_AnnualWithAllMetrics_IsComplete() =>
        Assert.Empty(PlanValidator.ValidateForSubmit(ValidContent(PlanKind.Annual), PlanPeriod.Annual(2027), SalesMembers));

    [Fact]
    public void ValidateOpening_NoDepartments_Rejected()
    {
        var command = new OpenCycleCommand(January, Today.AddDays(3), [], Today, Now);

        Assert.Equal("Planning.Error.NoDepartments", PlanValidator.ValidateOpening(command)[PlanFields.Period].TextKey);
    }
}
