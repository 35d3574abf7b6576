using OpsRhythm.Domain.Planning;
using static OpsRhythm.UnitTests.Planning.PlanningFixtures;

namespace OpsRhythm.UnitTests.Planning;

public sealed class ConsolidationTests
{
    [Fact]
    public void Build_TwoPlans_SumsTargetsAndResources()
    {
        var company = Consolidation.Build(Cycle(), AllAccepted(), Now);

        Assert.Equal(new PlanTarget(Metrics.Sales, "万元", 2400m), company.TargetTotals.Single(t => t.Metric == Metrics.Sales));
        Assert.Equal(4, company.Headcount);
        Assert.Equal(100m, company.Budget);
        Assert.Equal(4, company.TaskCount);
        Assert.Equal(["sales", "production"], company.Departments.Select(d => d.DepartmentId));
    }

    [Fact]
    public void Build_SameMaterialAskedTwice_FlagsResourceConflict()
    {
        var company = Consolidation.Build(Cycle(), AllAccepted(), Now);

        var conflict = Assert.Single(company.Conflicts);
        Assert.Equal(ConflictKind.ResourceRequestedTwice, conflict.Kind);
        Assert.Equal("展会展位", conflict.Subject);
        Assert.Equal(["sales", "production"], conflict.DepartmentIds);
    }

    [Fact]
    public void Build_OwnerWithTooManyTasks_FlagsOverload()
    {
        var limit = Consolidation.OwnerTaskLimit(PlanKind.Monthly);
        var tasks = Enumerable.Range(0, limit + 1).Select(i => new PlanTask($"t{i}", "x", "sun-hao", new DateOnly(2027, 1, 5))).ToList();
        var busy = Plan() with { Content = PlanContent.Empty with { Tasks = tasks } };

        var company = Consolidation.Build(Cycle(), [busy], Now);

        var conflict = Assert.Single(company.Conflicts);
        Assert.Equal((ConflictKind.OwnerOverloaded, "sun-hao", limit + 1), (conflict.Kind, conflict.Subject, conflict.Count));
    }

    [Fact]
    public void Build_MissingDepartment_ShowsItAsNotStarted()
    {
        var company = Consolidation.Build(Cycle(), [Plan(state: DepartmentPlanState.Accepted)], Now);

        Assert.Equal(DepartmentPlanState.NotStarted, company.Departments.Single(d => d.DepartmentId == "production").State);
    }

    [Fact]
    public void Build_ManyRisks_KeepsHighestFive()
    {
        var risks = Enumerable.Range(1, 5).SelectMany(l => new[] { new PlanRisk($"a{l}", "x", RiskCategory.Market, l, 1, RiskResponse.Accept), new PlanRisk($"b{l}", "y", RiskCategory.Policy, l, 5, RiskResponse.Avoid) }).ToList();
        var plan = Plan() with { Content = ValidContent() with { Risks = risks } };

        var company = Consolidation.Build(Cycle(), [plan], Now);

        Assert.Equal([25, 20, 15, 10, 5], company.TopRisks.Select(r => r.Risk.Level));
    }
}
