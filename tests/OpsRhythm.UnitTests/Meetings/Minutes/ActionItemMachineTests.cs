using OpsRhythm.Domain.Indicators;
using OpsRhythm.Domain.Meetings.Minutes;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Workflow;
using OpsRhythm.UnitTests.Turns;

namespace OpsRhythm.UnitTests.Meetings.Minutes;

public sealed class ActionItemMachineTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 2, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 12, 7);
    private static readonly OrganisationProfile Organisation = SampleOrganisation.Load();
    private static readonly Person Ops = Organisation.FindPerson("gao-yu")!;
    private static readonly Person Head = Organisation.FindPerson("zhang-wei")!;
    private static readonly Person Employee = Organisation.FindPerson("sun-hao")!;
    private static readonly MeetingOccurrenceRef Weekly = new("weekly-operations", Today, MeetingKind.Weekly);

    private static ActionItem Item(string owner = "sun-hao", DateOnly? deadline = null) =>
        ActionItemMachine.Record(Weekly, "weekly-operations:2026-12-07:item-1", Ops, Organisation, new RecordActionItem("补齐交付计划", owner, deadline ?? Today.AddDays(5)), Today, Now).State!;

    [Fact]
    public void Record_ByOpsOffice_OpenItemInOwnersDepartmentWithEvent()
    {
        var decision = ActionItemMachine.Record(Weekly, "id-1", Ops, Organisation, new RecordActionItem("  补齐交付计划 ", "sun-hao", Today.AddDays(3)), Today, Now);

        var item = decision.State!;
        Assert.Equal(("补齐交付计划", "sun-hao", "sales", ActionItemState.Open, "gao-yu"), (item.Text, item.OwnerPersonId, item.DepartmentId, item.State, item.CreatedBy));
        Assert.Equal(("weekly-operations", Today, MeetingKind.Weekly), (item.MeetingId, item.MeetingDate, item.Kind));
        Assert.Equal("recorded", Assert.Single(decision.Events).Action);
    }

    [Fact]
    public void Record_LinkedDepartment_ItemBelongsToThatDepartment()
    {
        var link = new ActionItemLink(ActionItemLinkKind.Department, "finance");

        var item = ActionItemMachine.Record(Weekly, "id-1", Ops, Organisation, new RecordActionItem("对账", "sun-hao", Today, link), Today, Now).State!;

        Assert.Equal("finance", item.DepartmentId);
    }

    [Fact]
    public void Record_ByDepartmentHead_RefusedNamingTheOpsOffice()
    {
        var decision = ActionItemMachine.Record(Weekly, "id-1", Head, Organisation, new RecordActionItem("x", "sun-hao", Today), Today, Now);

        Assert.Equal(RejectionReason.RoleNotAllowed, decision.Rejection!.Reason);
        Assert.Equal(Role.OpsOffice, decision.Rejection.AllowedRoles);
    }

    [Fact]
    public void Record_EmptyTextUnknownOwnerPastDeadlineUnknownDepartment_ErrorUnderEachField()
    {
        var decision = ActionItemMachine.Record(Weekly, "id-1", Ops, Organisation, new RecordActionItem(" ", "nobody", Today.AddDays(-1), new ActionItemLink(ActionItemLinkKind.Department, "nowhere")), Today, Now);

        Assert.Equal(
            [ActionItemFields.Deadline, ActionItemFields.Department, ActionItemFields.Owner, ActionItemFields.Text],
            decision.Rejection!.FieldErrors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Record_TextOverLimitOrDeadlineTooFar_Refused()
    {
        var decision = ActionItemMachine.Record(Weekly, "id-1", Ops, Organisation, new RecordActionItem(new string('字', ActionItemLimits.Text + 1), "sun-hao", Today.AddDays(ActionItemLimits.MaxDaysAhead + 1)), Today, Now);

        Assert.Equal(TextLimit.TooLongKey, decision.Rejection!.FieldErrors[ActionItemFields.Text].TextKey);
        Assert.Equal("Minutes.Validation.DeadlineFar", decision.Rejection.FieldErrors[ActionItemFields.Deadline].TextKey);
    }

    [Fact]
    public void Close_ByOwnerWithNote_ClosedOnce()
    {
        var closed = ActionItemMachine.Close(Item(), Employee, new CloseActionItem(" 已完成 "), Now);

        Assert.Equal((ActionItemState.Closed, "已完成", "sun-hao"), (closed.State!.State, closed.State.ClosingNote, closed.State.ClosedBy));
        Assert.Equal(Rejection.WrongState, ActionItemMachine.Close(closed.State, Employee, new CloseActionItem("again"), Now).Rejection);
    }

    [Fact]
    public void Close_BySomeoneElseOrWithoutNote_Refused()
    {
        Assert.Equal(RejectionReason.RoleNotAllowed, ActionItemMachine.Close(Item(), Head, new CloseActionItem("done"), Now).Rejection!.Reason);
        Assert.Contains(ActionItemFields.Note, ActionItemMachine.Close(Item(), Ops, new CloseActionItem(" "), Now).Rejection!.FieldErrors.Keys);
        Assert.Contains(ActionItemFields.Note, ActionItemMachine.Close(Item(), Ops, new CloseActionItem(new string('x', ActionItemLimits.Note + 1)), Now).Rejection!.FieldErrors.Keys);
    }

    [Fact]
    public void Reassign_ByOpsOffice_NewOwnerAndTheirDepartment()
    {
        var moved = ActionItemMachine.Reassign(Item() with { RemindedOn = Today }, Ops, Organisation, new ReassignActionItem("wu-gang")).State!;

        Assert.Equal(("wu-gang", "production", (DateOnly?)null), (moved.OwnerPersonId, moved.DepartmentId, moved.RemindedOn));
        Assert.Equal(RejectionReason.RoleNotAllowed, ActionItemMachine.Reassign(Item(), Employee, Organisation, new ReassignActionItem("wu-gang")).Rejection!.Reason);
        Assert.Contains(ActionItemFields.Owner, ActionItemMachine.Reassign(Item(), Ops, Organisation, new ReassignActionItem("nobody")).Rejection!.FieldErrors.Keys);
    }

    [Fact]
    public void Reschedule_NewDeadline_FollowedUpAfresh()
    {
        var moved = ActionItemMachine.Reschedule(Item() with { EscalatedOn = Today }, Ops, new RescheduleActionItem(Today.AddDays(10)), Today).State!;

        Assert.Equal((Today.AddDays(10), (DateOnly?)null), (moved.Deadline, moved.EscalatedOn));
        Assert.Contains(ActionItemFields.Deadline, ActionItemMachine.Reschedule(Item(), Ops, new RescheduleActionItem(Today.AddDays(-1)), Today).Rejection!.FieldErrors.Keys);
    }

    [Theory]
    [InlineData(5, FollowUp.Nothing)]
    [InlineData(2, FollowUp.RemindOwner)]
    [InlineData(0, FollowUp.RemindOwner)]
    [InlineData(-1, FollowUp.Escalate)]
    public void Due_DaysToDeadline_RemindThenEscalate(int daysLeft, FollowUp expected)
    {
        Assert.Equal(expected, ActionItemMachine.Due(Item() with { Deadline = Today.AddDays(daysLeft) }, Today, 2));
    }

    [Fact]
    public void Due_RemindedTodayEscalatedOrClosed_Nothing()
    {
        Assert.Equal(FollowUp.Nothing, ActionItemMachine.Due(Item(deadline: Today) with { RemindedOn = Today }, Today, 2));
        Assert.Equal(FollowUp.Nothing, ActionItemMachine.Due(Item() with { Deadline = Today.AddDays(-3), EscalatedOn = Today.AddDays(-2) }, Today, 2));
        Assert.Equal(FollowUp.Nothing, ActionItemMachine.Due(Item() with { Deadline = Today.AddDays(-3), State = ActionItemState.Closed }, Today, 2));
    }

    [Fact]
    public void RecordDecision_OpsOfficeOnlyTextRequiredAndBounded()
    {
        Assert.Equal("决定延期一周", ActionItemMachine.RecordDecision(Weekly, "d-1", Ops, Organisation, new RecordDecision(" 决定延期一周 "), Now).State!.Text);
        Assert.Equal(RejectionReason.RoleNotAllowed, ActionItemMachine.RecordDecision(Weekly, "d-1", Head, Organisation, new RecordDecision("x"), Now).Rejection!.Reason);
        Assert.Contains(ActionItemFields.Decision, ActionItemMachine.RecordDecision(Weekly, "d-1", Ops, Organisation, new RecordDecision(new string('x', ActionItemLimits.Decision + 1)), Now).Rejection!.FieldErrors.Keys);
    }

    [Theory]
    [InlineData("weekly-operations:2026-12-07:item-abc", "weekly-operations:2026-12-07")]
    [InlineData("coord-1a2b:2026-12-07:decision-abc", "coord-1a2b:2026-12-07")]
    [InlineData("weekly-operations:2026-13-07:item-abc", null)]
    [InlineData("item-abc", null)]
    [InlineData(null, null)]
    public void PartitionOf_IdStartingWithItsOccurrence_ThatOccurrence(string? id, string? partition)
    {
        Assert.Equal(partition, MinutesIds.PartitionOf(id));
    }

    [Fact]
    public void Partition_MeetingAndDay_RoundTrips()
    {
        Assert.Equal(("weekly-operations", Today), MinutesIds.OccurrenceOf(Weekly.PartitionKey));
        Assert.Equal("weekly-operations:2026-12-07", Weekly.PartitionKey);
    }
}
