using OpsRhythm.Domain.WeeklyStatus;
using OpsRhythm.Domain.Workflow;
using OpsRhythm.UnitTests.CardCatalog;
using OpsRhythm.UnitTests.Indicators;

namespace OpsRhythm.UnitTests.WeeklyStatus;

public sealed class WeeklyStatusMachineTests
{
    private static readonly WeeklyStatusReport Requested = new("2026-W48", "sales", WeeklyStatusCardSamples.Deadline);

    private static StatusInput Input(int percent = 40, string? helpFrom = null, string? helpNeeded = null) =>
        new([new TaskInput("报价单", percent, TaskHealth.Blocked), new TaskInput(string.Empty, null, null)], "亮点", null, helpFrom, helpNeeded);

    [Fact]
    public void Submit_HeadBeforeDeadline_AcceptedNotLate()
    {
        var head = SampleOrganisation.Profile.FindPerson("li-qiang")!;

        var decision = WeeklyStatusMachine.Submit(Requested, head, SampleOrganisation.Profile, Input(), WeeklyStatusCardSamples.Now);

        Assert.True(decision.IsAccepted);
        Assert.Equal([new TaskProgress("报价单", 40, TaskHealth.Blocked)], decision.State!.Tasks);
        Assert.False(decision.State.Late);
        Assert.Equal("submitted", Assert.Single(decision.Events).Action);
    }

    [Fact]
    public void Submit_AnotherDepartmentsHead_RejectedWithTheRolesThatMay()
    {
        var other = SampleOrganisation.Profile.FindPerson("zhao-li")!;

        var decision = WeeklyStatusMachine.Submit(Requested, other, SampleOrganisation.Profile, Input(), WeeklyStatusCardSamples.Now);

        Assert.Equal(RejectionReason.RoleNotAllowed, decision.Rejection!.Reason);
    }

    [Fact]
    public void Submit_PercentOutOfRangeAndHelpWithoutWhat_FieldErrors()
    {
        var head = SampleOrganisation.Profile.FindPerson("li-qiang")!;

        var decision = WeeklyStatusMachine.Submit(Requested, head, SampleOrganisation.Profile, Input(150, "hr"), WeeklyStatusCardSamples.Now);

        Assert.Equal(["helpNeeded", "task0.percent"], decision.Rejection!.FieldErrors.Keys.Order());
    }

    [Fact]
    public void Submit_FirstAnswerAfterDeadline_AcceptedAndFlaggedLate_ButEditsAfterItRefused()
    {
        var head = SampleOrganisation.Profile.FindPerson("li-qiang")!;
        var after = WeeklyStatusCardSamples.Deadline.AddHours(2);

        var late = WeeklyStatusMachine.Submit(Requested, head, SampleOrganisation.Profile, Input(), after);
        var edit = WeeklyStatusMachine.Submit(late.State!, head, SampleOrganisation.Profile, Input(50), after);

        Assert.True(late.State!.Late);
        Assert.Equal(RejectionReason.WrongState, edit.Rejection!.Reason);
    }

    [Fact]
    public void Skip_WithoutReason_FieldError()
    {
        var head = SampleOrganisation.Profile.FindPerson("li-qiang")!;

        var decision = WeeklyStatusMachine.Skip(Requested, head, SampleOrganisation.Profile, " ", WeeklyStatusCardSamples.Now);

        Assert.Equal("skipReason", Assert.Single(decision.Rejection!.FieldErrors).Key);
    }

    [Fact]
    public void Digest_BlockersMissingAndRecurringProblems()
    {
        var reports = new[]
        {
            WeeklyStatusCardSamples.Submitted,
            new WeeklyStatusReport("2026-W48", "production", Requested.Deadline) { State = ReportState.Submitted, Tasks = [new TaskProgress("产线", 80, TaskHealth.AtRisk)] },
        };
        var lastWeek = new[] { WeeklyStatusCardSamples.Submitted with { Week = "2026-W47" } };

        var digest = WeeklyDigest.Build("2026-W48", ["sales", "production", "finance"], reports, lastWeek, [], new DateOnly(2026, 11, 26));

        Assert.Equal(["sales"], digest.Blockers.Select(r => r.DepartmentId));
        Assert.Equal(["finance"], digest.MissingDepartmentIds);
        Assert.Equal(["sales"], digest.RecurringProblemDepartmentIds);
        Assert.Equal(1, digest.CountsByHealth[TaskHealth.Blocked]);
        Assert.Equal(1, digest.CountsByHealth[TaskHealth.AtRisk]);
    }

    [Fact]
    public void Submit_PlanRow_KeepsTheTaskIdAndDoneAtHundred()
    {
        var head = SampleOrganisation.Profile.FindPerson("li-qiang")!;
        var input = new StatusInput([new TaskInput("报价单", 100, TaskHealth.OnTrack) { PlanTaskId = "t-1" }, new TaskInput("展会筹备", 20, TaskHealth.AtRisk)], null, null, null, null);

        var decision = WeeklyStatusMachine.Submit(Requested, head, SampleOrganisation.Profile, input, WeeklyStatusCardSamples.Now);

        Assert.Equal(
            [new TaskProgress("报价单", 100, TaskHealth.Done) { PlanTaskId = "t-1" }, new TaskProgress("展会筹备", 20, TaskHealth.AtRisk)],
            decision.State!.Tasks);
    }

    [Fact]
    public void Submit_EditBeforeDeadline_AcceptedAsEditedAndNotLate()
    {
        var head = SampleOrganisation.Profile.FindPerson("li-qiang")!;
        var first = WeeklyStatusMachine.Submit(Requested, head, SampleOrganisation.Profile, Input(), WeeklyStatusCardSamples.Now).State!;

        var edit = WeeklyStatusMachine.Submit(first, head, SampleOrganisation.Profile, Input(70), WeeklyStatusCardSamples.Deadline.AddMinutes(-1));

        Assert.Equal("edited", Assert.Single(edit.Events).Action);
        Assert.Equal(70, Assert.Single(edit.State!.Tasks).Percent);
        Assert.False(edit.State.Late);
    }

    [Fact]
    public void Skip_WithReasonThenSubmitBeforeDeadline_ReasonClearedAndSubmitted()
    {
        var head = SampleOrganisation.Profile.FindPerson("li-qiang")!;
        var skipped = WeeklyStatusMachine.Skip(Requested, head, SampleOrganisation.Profile, " 部门团建 ", WeeklyStatusCardSamples.Now);

        var submitted = WeeklyStatusMachine.Submit(skipped.State!, head, SampleOrganisation.Profile, Input(), WeeklyStatusCardSamples.Now);

        Assert.Equal((ReportState.Skipped, "部门团建"), (skipped.State!.State, skipped.State.SkipReason));
        Assert.Equal("部门团建", Assert.Single(skipped.Events).Comment);
        Assert.Equal((ReportState.Submitted, null), (submitted.State!.State, submitted.State.SkipReason));
    }

    [Fact]
    public void IsoWeek_YearBoundary_UsesIsoYear()
    {
        Assert.Equal("2026-W53", IsoWeek.Of(new DateOnly(2027, 1, 1)));
        Assert.Equal("2026-W52", IsoWeek.Previous("2026-W53"));
        Assert.Equal("2026-W53", IsoWeek.Previous("2027-W01"));
    }
}
