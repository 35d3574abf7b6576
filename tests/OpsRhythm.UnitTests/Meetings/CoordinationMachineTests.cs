using OpsRhythm.Domain.Meetings;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Workflow;
using OpsRhythm.UnitTests.Turns;

namespace OpsRhythm.UnitTests.Meetings;

public sealed class CoordinationMachineTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 2, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 11, 26);
    private static readonly OrganisationProfile Organisation = SampleOrganisation.Load();
    private static readonly Person Requester = Organisation.FindPerson("sun-hao")!;
    private static readonly TimeRange Slot = new(Now.AddDays(1), Now.AddDays(1).AddHours(1));

    [Fact]
    public void Validate_PeopleAndDepartments_HeadsJoinRequesterAndUnknownIdsLeftOut()
    {
        var (ask, errors) = CoordinationMachine.Validate(new("交付延期", ["zhou-na", "sun-hao", "nobody"], ["production", "finance"], 45, new DateOnly(2026, 11, 27), new DateOnly(2026, 12, 1)), Requester, Organisation, Today);

        Assert.Empty(errors);
        Assert.Equal(["zhou-na", "zhang-wei", "liu-yang"], ask!.ParticipantPersonIds);
        Assert.Equal((45, new DateOnly(2026, 11, 27), new DateOnly(2026, 12, 1)), (ask.DurationMinutes, ask.From, ask.To));
    }

    [Fact]
    public void Validate_NothingButTheRequester_ErrorsUnderEachField()
    {
        var (ask, errors) = CoordinationMachine.Validate(new(" ", ["sun-hao"], [], 5, new DateOnly(2026, 11, 20), null), Requester, Organisation, Today);

        Assert.Null(ask);
        Assert.Equal(["duration", "from", "people", "topic"], errors.Keys.Order());
    }

    [Fact]
    public void Validate_WindowLongerThanTwoWeeks_Rejected()
    {
        var (_, errors) = CoordinationMachine.Validate(new("t", ["zhou-na"], [], 30, new DateOnly(2026, 11, 27), new DateOnly(2026, 12, 11)), Requester, Organisation, Today);

        Assert.Equal("Meetings.Validation.Window", errors["to"].TextKey);
    }

    [Fact]
    public void Propose_NoCommonSlot_TellsToWidenTheWindow()
    {
        var ask = new CoordinationAsk("t", ["zhou-na"], 30, Today, Today);

        var decision = CoordinationMachine.Propose("c1", ask, Requester, [], fromCalendars: true, Now);

        Assert.Equal("Meetings.Validation.NoSlots", decision.Rejection!.FieldErrors["to"].TextKey);
    }

    [Fact]
    public void Pick_RequesterValidSlot_Scheduled_OthersRejected()
    {
        var proposed = CoordinationMachine.Propose("c1", new CoordinationAsk("t", ["zhou-na"], 60, Today, Today), Requester, [Slot], true, Now).State!;

        var picked = CoordinationMachine.Pick(proposed, Requester, new PickSlot(0), Now);
        var byOther = CoordinationMachine.Pick(proposed, Organisation.FindPerson("zhou-na")!, new PickSlot(0), Now);
        var byOps = CoordinationMachine.Pick(proposed, Organisation.FindPerson("gao-yu")!, new PickSlot(0), Now);

        Assert.Equal((MeetingState.Scheduled, Slot), (picked.State!.State, picked.State.Chosen!.Value));
        Assert.Equal(RejectionReason.RoleNotAllowed, byOther.Rejection!.Reason);
        Assert.True(byOps.IsAccepted);
        Assert.Equal(RejectionReason.WrongState, CoordinationMachine.Pick(picked.State, Requester, new PickSlot(0), Now).Rejection!.Reason);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(-1)]
    public void Pick_NoSuchSlot_Invalid(int index)
    {
        var proposed = CoordinationMachine.Propose("c1", new CoordinationAsk("t", ["zhou-na"], 60, Today, Today), Requester, [Slot], true, Now).State!;

        Assert.Equal("Meetings.Validation.Slot", CoordinationMachine.Pick(proposed, Requester, new PickSlot(index), Now).Rejection!.FieldErrors["slot"].TextKey);
    }

    [Fact]
    public void MayPick_RequesterOrOpsOffice_OthersRefusedNamingTheOpsOffice()
    {
        var proposed = CoordinationMachine.Propose("c1", new CoordinationAsk("t", ["zhou-na"], 60, Today, Today), Requester, [Slot], true, Now).State!;

        Assert.Null(CoordinationMachine.MayPick(proposed, Requester));
        Assert.Null(CoordinationMachine.MayPick(proposed, Organisation.FindPerson("gao-yu")!));
        Assert.Equal(Role.OpsOffice, CoordinationMachine.MayPick(proposed, Organisation.FindPerson("zhou-na")!)!.AllowedRoles);
    }

    [Fact]
    public void Pick_SlotAlreadyStarted_Invalid()
    {
        var proposed = CoordinationMachine.Propose("c1", new CoordinationAsk("t", ["zhou-na"], 60, Today, Today), Requester, [Slot], true, Now).State!;

        Assert.False(CoordinationMachine.Pick(proposed, Requester, new PickSlot(0), Slot.Start.AddMinutes(1)).IsAccepted);
    }
}
