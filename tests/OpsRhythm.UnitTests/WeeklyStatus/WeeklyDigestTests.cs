using OpsRhythm.Domain.WeeklyStatus;
using OpsRhythm.UnitTests.CardCatalog;

namespace OpsRhythm.UnitTests.WeeklyStatus;

public sealed class WeeklyDigestTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    private static WeeklyDigest Build(params WeeklyStatusReport[] reports) =>
        WeeklyDigest.Build("2026-W48", ["ops", "sales", "hr"], reports, [WeeklyStatusCardSamples.Submitted with { Week = "2026-W47" }], [WeeklyStatusCardSamples.SalesPlan], Today);

    [Fact]
    public void Build_PlanTasksPastDueAndNotDone_OverdueEarliestFirst()
    {
        var digest = Build(WeeklyStatusCardSamples.Submitted);

        Assert.Equal(["t-4", "t-2"], digest.Overdue.Select(t => t.TaskId));
        Assert.Equal(new OverdueTask("sales", "t-4", "经销商季度回访", "li-qiang", new DateOnly(2026, 11, 18), 70), digest.Overdue[0]);
    }

    [Fact]
    public void Build_PlanOfDepartmentNotInDigest_NoOverdueFromIt()
    {
        var digest = WeeklyDigest.Build("2026-W48", ["ops"], [], [], [WeeklyStatusCardSamples.SalesPlan], Today);

        Assert.Empty(digest.Overdue);
    }

    [Fact]
    public void Build_Agenda_BlockersThenHelpThenOverdueThenRecurring()
    {
        var digest = Build(WeeklyStatusCardSamples.Submitted);

        Assert.Equal(
            [
                new AgendaItem(AgendaItemKind.Blocker, "sales", "新品报价单"),
                new AgendaItem(AgendaItemKind.HelpRequest, "sales", "本周内提供新品成本核算") { OtherDepartmentId = "hr" },
                new AgendaItem(AgendaItemKind.Overdue, "sales", "经销商季度回访") { DueDate = new DateOnly(2026, 11, 18) },
                new AgendaItem(AgendaItemKind.RecurringProblem, "sales", "新品成本数据未到，报价无法确定"),
            ],
            digest.Agenda);
    }

    [Fact]
    public void Build_NothingReported_AgendaEmptyAndEveryoneMissing()
    {
        var digest = WeeklyDigest.Build("2026-W48", ["ops", "sales"], [], [], [], Today);

        Assert.Empty(digest.Agenda);
        Assert.Equal(["ops", "sales"], digest.MissingDepartmentIds);
    }
}
