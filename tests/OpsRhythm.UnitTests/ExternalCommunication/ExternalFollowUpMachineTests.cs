using OpsRhythm.Domain.ExternalCommunication;
using OpsRhythm.Domain.Workflow;
using OpsRhythm.UnitTests.Indicators;

namespace OpsRhythm.UnitTests.ExternalCommunication;

public sealed class ExternalFollowUpMachineTests
{
    private static readonly DateOnly Today = new(2026, 12, 7);
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 2, 0, 0, TimeSpan.Zero);

    private static RecordExternalFollowUp Command(string department = "sales", string? counterpart = "华东经销商 王总", string? owner = "sun-hao", DateOnly? date = null) =>
        new(department, CounterpartKind.Distributor, counterpart, "确认明年返利政策", owner, date ?? Today.AddDays(3));

    private static ExternalFollowUp Recorded(DateOnly? date = null) =>
        ExternalFollowUpMachine.Record(SampleOrganisation.SalesHead, SampleOrganisation.Profile, Command(date: date), "ext-1", Today, Now).State!;

    [Fact]
    public void Record_EmployeeForOwnDepartment_OpenWithOwnerDateAndWhoRecorded()
    {
        var decision = ExternalFollowUpMachine.Record(SampleOrganisation.Employee, SampleOrganisation.Profile, Command(), "ext-1", Today, Now);

        var followUp = decision.State!;
        Assert.Equal((ExternalFollowUpState.Open, "sun-hao", Today.AddDays(3), "sun-hao"), (followUp.State, followUp.OwnerPersonId, followUp.Date, followUp.RecordedBy));
        Assert.Equal("recorded", Assert.Single(decision.Events).Action);
    }

    [Fact]
    public void Record_HeadForAnotherDepartment_RefusedNamingThatDepartment()
    {
        var decision = ExternalFollowUpMachine.Record(SampleOrganisation.HrHead, SampleOrganisation.Profile, Command(), "ext-1", Today, Now);

        Assert.Equal((RejectionReason.NotYourDepartment, "sales"), (decision.Rejection!.Reason, decision.Rejection.DepartmentId));
    }

    [Fact]
    public void Record_OpsOfficeForAnyDepartment_Accepted()
    {
        Assert.True(ExternalFollowUpMachine.Record(SampleOrganisation.Ops, SampleOrganisation.Profile, Command("hr"), "ext-1", Today, Now).IsAccepted);
    }

    [Fact]
    public void Record_NoCounterpartUnknownOwnerAndPastDate_EveryErrorBesideItsField()
    {
        var decision = ExternalFollowUpMachine.Record(SampleOrganisation.SalesHead, SampleOrganisation.Profile, Command(counterpart: " ", owner: "nobody", date: Today.AddDays(-1)), "ext-1", Today, Now);

        Assert.Equal(
            [ExternalCommunicationFields.Counterpart, ExternalCommunicationFields.Date, ExternalCommunicationFields.Owner],
            decision.Rejection!.FieldErrors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Record_CounterpartLongerThanTheLimit_TooLong()
    {
        var decision = ExternalFollowUpMachine.Record(SampleOrganisation.SalesHead, SampleOrganisation.Profile, Command(counterpart: new string('客', ExternalCommunicationLimits.Counterpart + 1)), "ext-1", Today, Now);

        Assert.Equal(TextLimit.TooLongKey, decision.Rejection!.FieldErrors[ExternalCommunicationFields.Counterpart].TextKey);
    }

    [Fact]
    public void Complete_ByTheOwner_DoneWithTheOutcome()
    {
        var decision = ExternalFollowUpMachine.Complete(Recorded(), SampleOrganisation.Employee, SampleOrganisation.Profile, new CompleteExternalFollowUp(" 返利政策已确认 "), Now);

        Assert.Equal((ExternalFollowUpState.Done, "返利政策已确认", "sun-hao"), (decision.State!.State, decision.State.Outcome, decision.State.DoneBy));
    }

    [Fact]
    public void Complete_WithoutOutcome_ErrorBesideTheOutcome()
    {
        var decision = ExternalFollowUpMachine.Complete(Recorded(), SampleOrganisation.Employee, SampleOrganisation.Profile, new CompleteExternalFollowUp(null), Now);

        Assert.True(decision.Rejection!.FieldErrors.ContainsKey(ExternalCommunicationFields.Outcome));
    }

    [Fact]
    public void Complete_AlreadyDone_WrongState()
    {
        var done = ExternalFollowUpMachine.Complete(Recorded(), SampleOrganisation.Employee, SampleOrganisation.Profile, new CompleteExternalFollowUp("ok"), Now).State!;

        Assert.Equal(RejectionReason.WrongState, ExternalFollowUpMachine.Complete(done, SampleOrganisation.SalesHead, SampleOrganisation.Profile, new CompleteExternalFollowUp("again"), Now).Rejection!.Reason);
    }

    [Fact]
    public void MayManage_AnotherDepartmentsHead_RefusedAndLeadershipToo()
    {
        Assert.NotNull(ExternalFollowUpMachine.MayManage(Recorded(), SampleOrganisation.HrHead, SampleOrganisation.Profile));
        Assert.NotNull(ExternalFollowUpMachine.MayManage(Recorded(), SampleOrganisation.Leader, SampleOrganisation.Profile));
        Assert.Null(ExternalFollowUpMachine.MayManage(Recorded(), SampleOrganisation.Ops, SampleOrganisation.Profile));
    }

    [Fact]
    public void Reschedule_ToALaterDate_MovesItAndRemindersAreOwedAgain()
    {
        var reminded = ExternalFollowUpDue.Reminded(Recorded(Today), ExternalFollowUpReminder.Due);

        var moved = ExternalFollowUpMachine.Reschedule(reminded, SampleOrganisation.Employee, SampleOrganisation.Profile, new RescheduleExternalFollowUp(Today.AddDays(10)), Today).State!;

        Assert.Equal(Today.AddDays(10), moved.Date);
        Assert.Equal(ExternalFollowUpReminder.Before, ExternalFollowUpDue.Owed(moved, Today.AddDays(8), remindDaysBefore: 2));
    }

    [Fact]
    public void Reschedule_ToThePast_ErrorBesideTheNewDate()
    {
        var decision = ExternalFollowUpMachine.Reschedule(Recorded(), SampleOrganisation.Employee, SampleOrganisation.Profile, new RescheduleExternalFollowUp(Today.AddDays(-1)), Today);

        Assert.True(decision.Rejection!.FieldErrors.ContainsKey(ExternalCommunicationFields.NewDate));
    }

    [Theory]
    [InlineData(-3, ExternalFollowUpReminder.Nothing)]
    [InlineData(-2, ExternalFollowUpReminder.Before)]
    [InlineData(-1, ExternalFollowUpReminder.Before)]
    [InlineData(0, ExternalFollowUpReminder.Due)]
    [InlineData(4, ExternalFollowUpReminder.Due)]
    public void Owed_DaysFromTheDate_RemindsBeforeAndAtTheDate(int daysFromDate, ExternalFollowUpReminder expected)
    {
        var followUp = Recorded(Today.AddDays(5));

        Assert.Equal(expected, ExternalFollowUpDue.Owed(followUp, followUp.Date.AddDays(daysFromDate), remindDaysBefore: 2));
    }

    [Fact]
    public void Owed_AfterEachReminderIsStamped_NothingMoreForThatDate()
    {
        var followUp = Recorded(Today.AddDays(5));
        var before = ExternalFollowUpDue.Reminded(followUp, ExternalFollowUpReminder.Before);
        var due = ExternalFollowUpDue.Reminded(before, ExternalFollowUpReminder.Due);

        Assert.Equal(ExternalFollowUpReminder.Nothing, ExternalFollowUpDue.Owed(before, followUp.Date.AddDays(-1), 2));
        Assert.Equal(ExternalFollowUpReminder.Due, ExternalFollowUpDue.Owed(before, followUp.Date, 2));
        Assert.Equal(ExternalFollowUpReminder.Nothing, ExternalFollowUpDue.Owed(due, followUp.Date.AddDays(1), 2));
    }
}
