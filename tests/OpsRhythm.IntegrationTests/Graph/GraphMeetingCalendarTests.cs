using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions.Authentication;
using OpsRhythm.Bot.Graph;
using OpsRhythm.Domain.Meetings;

namespace OpsRhythm.IntegrationTests.Graph;

public sealed class GraphMeetingCalendarTests : IAsyncLifetime
{
    private const string EventJson = """{"id":"event-1","onlineMeeting":{"joinUrl":"https://teams.example/l/meetup-join/abc"}}""";
    private FakeGraph _graph = null!;
    private GraphMeetingCalendar _calendar = null!;

    public async Task InitializeAsync()
    {
        _graph = await FakeGraph.StartAsync();
        var client = new GraphServiceClient(new AnonymousAuthenticationProvider(), _graph.BaseUrl.ToString());
        _calendar = new GraphMeetingCalendar(client, Options.Create(new GraphOptions { BaseUrl = _graph.BaseUrl, Organizer = "ops@huacai.example" }));
    }

    public async Task DisposeAsync() => await _graph.DisposeAsync();

    [Fact]
    public async Task Create_WeeklyMeeting_PostsRecurringTeamsEventWithAttendeesInTheOrganisationsZone()
    {
        _graph.Answers.Enqueue((201, null, EventJson));
        var plan = new MeetingPlan("周运营会议", new DateTimeOffset(2026, 11, 27, 8, 0, 0, TimeSpan.Zero), TimeSpan.FromMinutes(60), "Asia/Shanghai",
            [new MeetingAttendee("li.qiang@huacai.example", "李强"), new MeetingAttendee("zhang.wei@huacai.example", "张伟")])
        {
            WeeklyOn = [DayOfWeek.Friday],
        };

        var meeting = await _calendar.CreateAsync(plan, CancellationToken.None);

        var (method, path, body) = Assert.Single(_graph.Requests);
        Assert.Equal(("POST", "/v1.0/users/ops@huacai.example/events"), (method, path));
        Assert.True(body!["isOnlineMeeting"]!.GetValue<bool>());
        Assert.Equal("teamsForBusiness", body["onlineMeetingProvider"]!.GetValue<string>());
        Assert.Equal("2026-11-27T16:00:00", body["start"]!["dateTime"]!.GetValue<string>());
        Assert.Equal("2026-11-27T17:00:00", body["end"]!["dateTime"]!.GetValue<string>());
        Assert.Equal("China Standard Time", body["start"]!["timeZone"]!.GetValue<string>());
        var recurrence = body["recurrence"]!;
        Assert.Equal("weekly", recurrence["pattern"]!["type"]!.GetValue<string>());
        Assert.Equal(1, recurrence["pattern"]!["interval"]!.GetValue<int>());
        Assert.Equal(["friday"], recurrence["pattern"]!["daysOfWeek"]!.AsArray().Select(d => d!.GetValue<string>()));
        Assert.Equal("noEnd", recurrence["range"]!["type"]!.GetValue<string>());
        Assert.Equal("2026-11-27", recurrence["range"]!["startDate"]!.GetValue<string>());
        Assert.Equal(
            ["li.qiang@huacai.example", "zhang.wei@huacai.example"],
            body["attendees"]!.AsArray().Select(a => a!["emailAddress"]!["address"]!.GetValue<string>()));
        Assert.Equal(new CalendarMeeting("event-1", "https://teams.example/l/meetup-join/abc"), meeting);
    }

    [Fact]
    public async Task Create_Throttled_RetriesAfterRetryAfterAndSucceeds()
    {
        _graph.Answers.Enqueue((429, 1, """{"error":{"code":"TooManyRequests","message":"slow down"}}"""));
        _graph.Answers.Enqueue((201, null, EventJson));
        var plan = new MeetingPlan("协调会", new DateTimeOffset(2026, 11, 30, 2, 0, 0, TimeSpan.Zero), TimeSpan.FromMinutes(30), "Asia/Shanghai", []);

        var meeting = await _calendar.CreateAsync(plan, CancellationToken.None);

        Assert.Equal("event-1", meeting.EventId);
        Assert.Equal(2, _graph.Requests.Count);
        Assert.Null(_graph.Requests.Last().Body!["recurrence"]);
    }

    [Fact]
    public async Task Cancel_PostsTheCommentToTheEventsCancelAction()
    {
        _graph.Answers.Enqueue((202, null, string.Empty));

        await _calendar.CancelAsync("event-1", "本周会议取消", CancellationToken.None);

        var (method, path, body) = Assert.Single(_graph.Requests);
        Assert.Equal(("POST", "/v1.0/users/ops@huacai.example/events/event-1/cancel"), (method, path));
        // The SDK writes action parameters as the API declares them ("Comment"); Graph reads them case-insensitively.
        Assert.Equal("本周会议取消", Parameter(body, "comment").GetValue<string>());
    }

    [Fact]
    public async Task GetSchedule_ItemsViewAndWorkingHours_ParsedAndSlotsFitEveryonesOwnHours()
    {
        // Shanghai (UTC+8) and Berlin (UTC+1 in winter) share 16:00-18:00 Shanghai = 09:00-11:00 Berlin.
        _graph.Answers.Enqueue((200, null, """
            {"value":[
              {"scheduleId":"li.qiang@huacai.example","availabilityView":"000000",
               "scheduleItems":[{"status":"busy","start":{"dateTime":"2026-11-30T08:00:00.0000000","timeZone":"UTC"},"end":{"dateTime":"2026-11-30T09:00:00.0000000","timeZone":"UTC"}},
                                {"status":"free","start":{"dateTime":"2026-11-30T09:00:00.0000000","timeZone":"UTC"},"end":{"dateTime":"2026-11-30T10:00:00.0000000","timeZone":"UTC"}}],
               "workingHours":{"daysOfWeek":["monday","tuesday","wednesday","thursday","friday"],"startTime":"09:00:00.0000000","endTime":"18:00:00.0000000","timeZone":{"name":"China Standard Time"}}},
              {"scheduleId":"anna@huacai.example","availabilityView":"20",
               "scheduleItems":[],
               "workingHours":{"daysOfWeek":["monday","tuesday","wednesday","thursday","friday"],"startTime":"09:00:00.0000000","endTime":"17:00:00.0000000","timeZone":{"name":"W. Europe Standard Time"}}}
            ]}
            """));
        var window = new TimeRange(new DateTimeOffset(2026, 11, 30, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 12, 2, 0, 0, 0, TimeSpan.Zero));

        var schedules = await _calendar.GetScheduleAsync(["li.qiang@huacai.example", "anna@huacai.example"], window, CancellationToken.None);
        var slots = SlotFinder.Find(schedules, window, TimeSpan.FromMinutes(60), WorkingHours.OfficeHours(TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")), TimeSpan.FromMinutes(30));

        var (_, path, body) = Assert.Single(_graph.Requests);
        Assert.Equal("/v1.0/users/ops@huacai.example/calendar/getSchedule", path);
        Assert.Equal(30, Parameter(body, "availabilityViewInterval").GetValue<int>());
        Assert.Equal(["li.qiang@huacai.example", "anna@huacai.example"], Parameter(body, "schedules").AsArray().Select(s => s!.GetValue<string>()));
        Assert.Equal("2026-11-30T00:00:00", Parameter(body, "startTime")["dateTime"]!.GetValue<string>());
        Assert.Equal([new TimeRange(new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero))], schedules[0].Busy);
        Assert.Equal([new TimeRange(window.Start, window.Start.AddMinutes(30))], schedules[1].Busy);
        Assert.Equal(
            [
                new TimeRange(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 30, 10, 0, 0, TimeSpan.Zero)),
                new TimeRange(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero)),
                new TimeRange(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero)),
            ],
            slots);
    }

    private static System.Text.Json.Nodes.JsonNode Parameter(System.Text.Json.Nodes.JsonNode? body, string name) =>
        body!.AsObject().Single(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Value!;
}
