using OpsRhythm.Domain.Indicators;

namespace OpsRhythm.UnitTests.Indicators;

public sealed class ImprovementActionMachineTests
{
    private static readonly ImprovementAction Action = new("a1", "sales", "账实不符", "sun-hao", new DateOnly(2026, 12, 10));

    [Theory]
    [InlineData("2026-12-01", FollowUp.Nothing)]
    [InlineData("2026-12-07", FollowUp.RemindOwner)]
    [InlineData("2026-12-10", FollowUp.RemindOwner)]
    [InlineData("2026-12-11", FollowUp.Escalate)]
    public void Due_ByDay(string today, FollowUp expected) =>
        Assert.Equal(expected, ImprovementActionMachine.Due(Action, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture), 3));

    [Fact]
    public void Due_AlreadyRemindedToday_Nothing() =>
        Assert.Equal(FollowUp.Nothing, ImprovementActionMachine.Due(Action with { RemindedOn = new DateOnly(2026, 12, 8) }, new DateOnly(2026, 12, 8), 3));

    [Fact]
    public void Due_AlreadyEscalated_Nothing() =>
        Assert.Equal(FollowUp.Nothing, ImprovementActionMachine.Due(Action with { EscalatedOn = new DateOnly(2026, 12, 11) }, new DateOnly(2026, 12, 20), 3));

    [Fact]
    public void Close_WithoutNote_NoteError() =>
        Assert.True(ImprovementActionMachine.Close(Action, SampleOrganisation.Employee, SampleOrganisation.Profile, new CloseImprovementAction(" "), DateTimeOffset.UnixEpoch)
            .Rejection!.FieldErrors.ContainsKey("note"));

    [Fact]
    public void Close_Closed_WrongState()
    {
        var closed = Action with { State = ImprovementActionState.Closed };

        Assert.False(ImprovementActionMachine.Close(closed, SampleOrganisation.Ops, SampleOrganisation.Profile, new CloseImprovementAction("x"), DateTimeOffset.UnixEpoch).IsAccepted);
    }
}
