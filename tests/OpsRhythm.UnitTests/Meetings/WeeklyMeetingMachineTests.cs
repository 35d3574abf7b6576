using OpsRhythm.Domain.Meetings;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Workflow;
using OpsRhythm.UnitTests.Turns;

namespace OpsRhythm.UnitTests.Meetings;

public sealed class WeeklyMeetingMachineTests
{
    // Thursday 2026-11-26 10:00 in Shanghai.
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 2, 0, 0, TimeSpan.Zero);
    private static readonly OrganisationProfile Organisation = SampleOrganisation.Load();
    private static readonly Person Ops = Organisation.FindPerson("wang-min")!;
    private static readonly Person SalesHead = Organisation.FindPerson("li-qiang")!;
    private static readonly WeeklySlot FridayAfternoon = new(DayOfWeek.Friday, new TimeOnly(16, 0), 60);

    [Fact]
    public void Schedule_OpsOffice_InvitesEveryHeadAndTheOpsOfficeOnceFromTheNextFriday()
    {
        var decision = WeeklyMeetingMachine.Schedule(null, Ops, Organisation, FridayAfternoon, Now);

        Assert.True(decision.IsAccepted);
        var meeting = decision.State!;
        Assert.Equal(["wang-min", "li-qiang", "zhang-wei", "liu-yang", "zhao-li", "gao-yu"], meeting.AttendeePersonIds);
        Assert.Equal(new DateOnly(2026, 11, 27), meeting.FirstDate);
        Assert.Equal(("Asia/Shanghai", MeetingState.Scheduled, 1), (meeting.TimeZone, meeting.State, meeting.Revision));
        Assert.Equal("scheduled", Assert.Single(decision.Events).Action);
    }

    [Fact]
    public void Schedule_SameWeekdayButTimePassed_StartsNextWeek()
    {
        var decision = WeeklyMeetingMachine.Schedule(null, Ops, Organisation, FridayAfternoon with { Day = DayOfWeek.Thursday, Start = new TimeOnly(9, 0) }, Now);

        Assert.Equal(new DateOnly(2026, 12, 3), decision.State!.FirstDate);
    }

    [Fact]
    public void Schedule_DepartmentHead_RejectedNamingTheOpsOffice()
    {
        var decision = WeeklyMeetingMachine.Schedule(null, SalesHead, Organisation, FridayAfternoon, Now);

        Assert.Equal(RejectionReason.RoleNotAllowed, decision.Rejection!.Reason);
        Assert.Equal(Role.OpsOffice, decision.Rejection.AllowedRoles);
    }

    [Fact]
    public void Schedule_ExistingMeetingNewTime_MovedKeepingItsEventAndCountingTheRevision()
    {
        var current = WeeklyMeetingMachine.Schedule(null, Ops, Organisation, FridayAfternoon, Now).State! with { EventId = "event-1", JoinUrl = "https://join" };

        var decision = WeeklyMeetingMachine.Schedule(current, Ops, Organisation, FridayAfternoon with { Day = DayOfWeek.Monday }, Now);

        Assert.Equal("moved", Assert.Single(decision.Events).Action);
        Assert.Equal(("event-1", DayOfWeek.Monday, 2), (decision.State!.EventId, decision.State.Slot.Day, decision.State.Revision));
        Assert.Equal(new DateOnly(2026, 11, 30), decision.State.FirstDate);
    }

    [Fact]
    public void Schedule_SameSlotAgain_InvalidUnchanged()
    {
        var current = WeeklyMeetingMachine.Schedule(null, Ops, Organisation, FridayAfternoon, Now).State!;

        var decision = WeeklyMeetingMachine.Schedule(current, Ops, Organisation, FridayAfternoon, Now);

        Assert.Equal("Meetings.Validation.Unchanged", decision.Rejection!.FieldErrors["time"].TextKey);
    }

    [Fact]
    public void Cancel_ScheduledThenAgain_SecondIsWrongState()
    {
        var current = WeeklyMeetingMachine.Schedule(null, Ops, Organisation, FridayAfternoon, Now).State!;

        var cancelled = WeeklyMeetingMachine.Cancel(current, Ops, Now);
        var again = WeeklyMeetingMachine.Cancel(cancelled.State!, Ops, Now);

        Assert.Equal(MeetingState.Cancelled, cancelled.State!.State);
        Assert.Equal(RejectionReason.WrongState, again.Rejection!.Reason);
        Assert.Equal(RejectionReason.RoleNotAllowed, WeeklyMeetingMachine.Cancel(current, SalesHead, Now).Rejection!.Reason);
    }

    [Fact]
    public void Schedule_AfterCancel_ScheduledAgainWithANewRevision()
    {
        var cancelled = WeeklyMeetingMachine.Cancel(WeeklyMeetingMachine.Schedule(null, Ops, Organisation, FridayAfternoon, Now).State!, Ops, Now).State!;

        var decision = WeeklyMeetingMachine.Schedule(cancelled, Ops, Organisation, FridayAfternoon, Now);

        Assert.Equal(("scheduled", MeetingState.Scheduled, 3), (decision.Events[0].Action, decision.State!.State, decision.State.Revision));
        Assert.Null(decision.State.EventId);
    }

    [Fact]
    public void Decide_CancelBeforeEverScheduled_WrongState()
    {
        var decision = WeeklyMeetingMachine.Decide(null, Ops, Organisation, new CancelWeeklyMeeting(), Now);

        Assert.Equal(RejectionReason.WrongState, decision.Rejection!.Reason);
    }

    [Fact]
    public void FollowOrganisation_NewSalesHead_SwapsTheAttendeeAndSaysWho()
    {
        var current = WeeklyMeetingMachine.Schedule(null, Ops, Organisation, FridayAfternoon, Now).State!;
        var changed = Organisation with
        {
            Departments = [.. Organisation.Departments.Select(d => d.Id == "sales" ? d with { HeadPersonId = "zhou-na" } : d)],
        };

        var decision = WeeklyMeetingMachine.FollowOrganisation(current, changed, Now)!;

        Assert.Contains("zhou-na", decision.State!.AttendeePersonIds);
        Assert.DoesNotContain("li-qiang", decision.State.AttendeePersonIds);
        Assert.Equal(("zhou-na", "li-qiang"), (decision.Events[0].Details["added"], decision.Events[0].Details["removed"]));
        Assert.Null(WeeklyMeetingMachine.FollowOrganisation(decision.State, changed, Now));
        Assert.Null(WeeklyMeetingMachine.FollowOrganisation(current with { State = MeetingState.Cancelled }, changed, Now));
    }

    [Fact]
    public void OccurrencesBetween_MeetingZoneWithDaylightSaving_StaysAtLocalNineAcrossTheChange()
    {
        // Berlin leaves winter time on Sunday 2026-03-29: 09:00 local is 08:00Z before, 07:00Z after.
        var meeting = new WeeklyMeeting(new WeeklySlot(DayOfWeek.Monday, new TimeOnly(9, 0), 60), "Europe/Berlin", []) { FirstDate = new DateOnly(2026, 3, 1) };

        var starts = meeting.OccurrencesBetween(new DateTimeOffset(2026, 3, 20, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 4, 7, 0, 0, 0, TimeSpan.Zero)).ToList();

        Assert.Equal(
            [new DateTimeOffset(2026, 3, 23, 8, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 3, 30, 7, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 4, 6, 7, 0, 0, TimeSpan.Zero)],
            starts.Select(s => s.ToUniversalTime()));
        Assert.Empty(meeting.OccurrencesBetween(new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 2, 28, 0, 0, 0, TimeSpan.Zero)));
    }
}
