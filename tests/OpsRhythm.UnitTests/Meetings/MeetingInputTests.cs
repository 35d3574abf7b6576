using OpsRhythm.Bot.Meetings;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Domain.Meetings;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.UnitTests.Turns;

namespace OpsRhythm.UnitTests.Meetings;

/// <summary>The meetings cards' inputs read into typed commands: what cannot be read is an error under its own field.</summary>
public sealed class MeetingInputTests
{
    private static readonly OrganisationProfile Organisation = SampleOrganisation.Load();

    [Theory]
    [InlineData("Friday", "16:00", "60", null)]
    [InlineData("Funday", "16:00", "60", "day")]
    [InlineData("5", "16:00", "60", "day")]
    [InlineData("Friday", "25:00", "60", "time")]
    [InlineData("Friday", "16:00", "10", "duration")]
    [InlineData("Friday", "16:00", "241", "duration")]
    public void WeeklySchedule_Inputs_ErrorUnderTheRightField(string day, string time, string duration, string? errorField)
    {
        var read = WeeklyMeetingInput.Parse(day, time, duration);

        if (errorField is null)
        {
            Assert.Equal(new WeeklySlot(DayOfWeek.Friday, new TimeOnly(16, 0), 60), read.Command!.Slot);
        }
        else
        {
            Assert.Null(read.Command);
            Assert.Equal([errorField], read.Invalid!.FieldErrors.Keys);
        }
    }

    [Theory]
    [InlineData("x")]
    [InlineData(null)]
    public void Pick_NotANumber_SlotErrorUnderTheSlot(string? slot)
    {
        var read = CoordinationInput.Pick(slot);

        Assert.Equal("Meetings.Validation.Slot", read.Invalid!.FieldErrors[MeetingFields.Slot].TextKey);
    }

    [Fact]
    public void Request_CardValues_IdsSplitAndUnreadableValuesNull()
    {
        var card = Card(
            (MeetingFields.Topic, "交付延期"), (MeetingFields.People, "zhou-na, sun-hao"), (MeetingFields.Departments, "finance"),
            (MeetingFields.Duration, "a lot"), (MeetingFields.From, "2026-11-27"), (MeetingFields.To, "soon"));

        var request = CoordinationInput.Request(card);

        Assert.Equal(("交付延期", null, new DateOnly(2026, 11, 27), null), (request.Topic, request.DurationMinutes, request.From, request.To));
        Assert.Equal(["zhou-na", "sun-hao"], request.PersonIds);
        Assert.Equal(["finance"], request.DepartmentIds);
    }

    private static CardTurn Card(params (string Key, string Value)[] inputs)
    {
        var turn = new Turn { Activity = TestActivities.Invoke("coord.propose"), Text = Localizer.ZhCn, Organisation = Organisation, Actor = Organisation.FindPerson("sun-hao") };
        return new CardTurn(turn, turn.Actor!, new CardActionRequest("coord.propose", inputs.ToDictionary(i => i.Key, i => i.Value), IsRefresh: false));
    }
}
