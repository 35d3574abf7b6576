using System.Text;
using System.Text.Json;
using OpsRhythm.Bot.Meetings.Minutes;
using OpsRhythm.Bot.Meetings.Minutes.Events;
using OpsRhythm.Protocol.Activities;

namespace OpsRhythm.UnitTests.Meetings.Minutes;

public sealed class MeetingEventTests
{
    private const string Thread = "19:meeting_NTg0MmJhYTQtY2E2@thread.v2";

    [Fact]
    public void From_MeetingStartActivity_ReadsPascalCaseValueAndChat()
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Event,
            Name = MeetingEvent.StartName,
            Conversation = new ConversationAccount(Thread),
            Value = JsonDocument.Parse("""{"Id":"MCMxOTptZWV0aW5n","JoinUrl":"https://teams.example/l/meetup-join/x","Title":"周例会","MeetingType":"Scheduled","StartTime":"2026-12-07T01:30:00Z"}""").RootElement,
        };

        var meeting = MeetingEvent.From(activity)!;

        Assert.True(meeting.IsStart);
        Assert.Equal((Thread, "周例会", new DateTimeOffset(2026, 12, 7, 1, 30, 0, TimeSpan.Zero)), (meeting.ChatId, meeting.Title, meeting.At!.Value));
    }

    [Fact]
    public void From_OtherEventOrNoChat_Null()
    {
        Assert.Null(MeetingEvent.From(new Activity { Type = ActivityTypes.Event, Name = "application/vnd.microsoft.readReceipt", Conversation = new ConversationAccount(Thread) }));
        Assert.Null(MeetingEvent.From(new Activity { Type = ActivityTypes.Event, Name = MeetingEvent.EndName }));
        Assert.Null(MeetingEvent.From(new Activity { Type = ActivityTypes.Message, Name = MeetingEvent.EndName, Conversation = new ConversationAccount(Thread) }));
    }

    [Fact]
    public void Of_ChatIdJoinUrlAndTeamsMeetingId_SameThread()
    {
        var joinUrl = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NTg0MmJhYTQtY2E2%40thread.v2/0?context=%7b%7d";
        var meetingId = Convert.ToBase64String(Encoding.UTF8.GetBytes($"0#{Thread}#0"));

        Assert.Equal(Thread, MeetingThreads.Of(Thread));
        Assert.Equal(Thread, MeetingThreads.Of(joinUrl));
        Assert.Equal(Thread, MeetingThreads.Of(meetingId));
        Assert.Null(MeetingThreads.Of("a:personal-chat"));
        Assert.Null(MeetingThreads.Of(null));
    }
}
