using OpsRhythm.Domain.Planning;
using static OpsRhythm.UnitTests.Planning.PlanningFixtures;

namespace OpsRhythm.UnitTests.Planning;

public sealed class PlanDiffTests
{
    [Fact]
    public void Between_SameContent_IsEmpty() => Assert.Empty(PlanDiff.Between(ValidContent(), ValidContent()));

    [Fact]
    public void Between_ChangedTargetAddedTaskAndBudget_ListsEach()
    {
        var before = ValidContent();
        var after = before with
        {
            Targets = [before.Targets[0] with { Value = 1000m }, .. before.Targets.Skip(1)],
            Tasks = [.. before.Tasks, new PlanTask("t3", "新品发布", "sun-hao", new DateOnly(2027, 1, 25))],
            Resources = before.Resources with { Budget = 80m },
        };

        var changes = PlanDiff.Between(before, after);

        Assert.Equal(3, changes.Count);
        Assert.Contains(new PlanChange(PlanFields.Targets, Metrics.Sales, "1200 万元", "1000 万元"), changes);
        Assert.Contains(changes, c => c.Section == PlanFields.Tasks && c.Item == "t3" && c.Before is null);
        Assert.Contains(new PlanChange(PlanFields.Budget, PlanFields.Budget, "50", "80"), changes);
    }

    [Fact]
    public void Between_TaskOwnerChanged_DescribesOwnersByTheGivenNames()
    {
        var before = ValidContent();
        var after = before with { Tasks = [before.Tasks[0] with { OwnerPersonId = "zhou-na" }, .. before.Tasks.Skip(1)] };
        var names = new PlanDiffNames(id => "name of " + id, c => "category " + c, r => "response " + r);

        var change = Assert.Single(PlanDiff.Between(before, after, names));

        Assert.Contains("name of " + before.Tasks[0].OwnerPersonId, change.Before, StringComparison.Ordinal);
        Assert.Contains("name of zhou-na", change.After, StringComparison.Ordinal);
    }

    [Fact]
    public void Between_RemovedRisk_HasNoAfter()
    {
        var before = ValidContent();

        var change = Assert.Single(PlanDiff.Between(before, before with { Risks = [] }));

        Assert.Equal(("r1", (string?)null), (change.Item, change.After));
    }
}
