using OpsRhythm.Bot.Delivery;
using OpsRhythm.Bot.Meetings;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Meetings;
using OpsRhythm.Domain.Meetings;

namespace OpsRhythm.IntegrationTests.Meetings;

/// <summary>The ops office schedules, moves and cancels the weekly meeting; the real Graph client talks to a local endpoint.</summary>
public sealed class WeeklyMeetingFlowTests
{
    private const string EventJson = """{"id":"event-1","onlineMeeting":{"joinUrl":"https://teams.example/l/meetup-join/abc"}}""";
    private const string Pk = WeeklyMeeting.DocumentId;

    private static CardActionRequest Schedule(string? version, string day, string time, string duration) =>
        MeetingsHarness.Click(MeetingVerbs.Schedule, WeeklyMeeting.DocumentId, version, ("day", day), ("time", time), ("duration", duration));

    [Fact]
    public async Task ScheduleMoveCancel_OpsOffice_GraphGetsTheSeriesThenPatchThenCancelAndTheStoreFollows()
    {
        await using var harness = await MeetingsHarness.WithGraphAsync();
        var graph = harness.Graph!;
        graph.Answers.Enqueue((201, null, EventJson));
        graph.Answers.Enqueue((200, null, EventJson));
        graph.Answers.Enqueue((202, null, string.Empty));

        var scheduled = await harness.WeeklyHandler().HandleAsync(harness.TurnOf("wang-min"), Schedule(null, "Friday", "16:00", "60"), CancellationToken.None);

        var (method, path, body) = Assert.Single(graph.Requests);
        Assert.Equal(("POST", "/v1.0/users/ops@huacai.example/events"), (method, path));
        Assert.True(body!["isOnlineMeeting"]!.GetValue<bool>());
        Assert.Equal("teamsForBusiness", body["onlineMeetingProvider"]!.GetValue<string>());
        Assert.Equal("每周运营例会", body["subject"]!.GetValue<string>());
        Assert.Equal(("2026-11-27T16:00:00", "China Standard Time"), (body["start"]!["dateTime"]!.GetValue<string>(), body["start"]!["timeZone"]!.GetValue<string>()));
        Assert.Equal("2026-11-27T17:00:00", body["end"]!["dateTime"]!.GetValue<string>());
        Assert.Equal("weekly", body["recurrence"]!["pattern"]!["type"]!.GetValue<string>());
        Assert.Equal(["friday"], body["recurrence"]!["pattern"]!["daysOfWeek"]!.AsArray().Select(d => d!.GetValue<string>()));
        Assert.Equal(
            ["wang.min@huacai.example", "li.qiang@huacai.example", "zhang.wei@huacai.example", "liu.yang@huacai.example", "zhao.li@huacai.example", "gao.yu@huacai.example"],
            body["attendees"]!.AsArray().Select(a => a!["emailAddress"]!["address"]!.GetValue<string>()));
        Assert.Contains("https://teams.example/l/meetup-join/abc", MeetingsHarness.CardText(scheduled), StringComparison.Ordinal);
        var stored = (await harness.Documents.WeeklyAsync(CancellationToken.None))!;
        Assert.Equal(("event-1", "https://teams.example/l/meetup-join/abc"), (stored.Value.EventId, stored.Value.JoinUrl));
        Assert.Equal(OutboxTarget.Channel("channel-ops"), Assert.Single(await harness.OutboxAsync(Pk)).Target);

        harness.Time.Advance(TimeSpan.FromMinutes(1));
        var moved = await harness.WeeklyHandler().HandleAsync(harness.TurnOf("wang-min"), Schedule(stored.ETag, "Monday", "09:30", "90"), CancellationToken.None);

        var patch = graph.Requests.Last();
        Assert.Equal(("PATCH", "/v1.0/users/ops@huacai.example/events/event-1"), (patch.Method, patch.Path));
        Assert.Equal("2026-11-30T09:30:00", patch.Body!["start"]!["dateTime"]!.GetValue<string>());
        Assert.Equal("2026-11-30T11:00:00", patch.Body["end"]!["dateTime"]!.GetValue<string>());
        Assert.Equal(["monday"], patch.Body["recurrence"]!["pattern"]!["daysOfWeek"]!.AsArray().Select(d => d!.GetValue<string>()));
        Assert.Contains(Localizer.ZhCn["Meetings.Weekly.Moved"], MeetingsHarness.CardText(moved), StringComparison.Ordinal);

        // A second click on the card drawn before the move changes nothing and shows the current meeting.
        var stale = await harness.WeeklyHandler().HandleAsync(harness.TurnOf("wang-min"), Schedule(stored.ETag, "Tuesday", "09:30", "90"), CancellationToken.None);

        Assert.Contains(Localizer.ZhCn["Common.Rejection.StaleVersion"], MeetingsHarness.CardText(stale), StringComparison.Ordinal);
        Assert.Equal(2, graph.Requests.Count);
        var current = (await harness.Documents.WeeklyAsync(CancellationToken.None))!;
        Assert.Equal(DayOfWeek.Monday, current.Value.Slot.Day);

        harness.Time.Advance(TimeSpan.FromMinutes(1));
        await harness.WeeklyHandler().HandleAsync(harness.TurnOf("wang-min"), MeetingsHarness.Click(MeetingVerbs.Cancel, WeeklyMeeting.DocumentId, current.ETag), CancellationToken.None);

        var cancel = graph.Requests.Last();
        Assert.Equal(("POST", "/v1.0/users/ops@huacai.example/events/event-1/cancel"), (cancel.Method, cancel.Path));
        Assert.Equal(MeetingState.Cancelled, (await harness.Documents.WeeklyAsync(CancellationToken.None))!.Value.State);
        Assert.Equal(["scheduled", "moved", "cancelled"], (await harness.AuditAsync(Pk)).OrderBy(a => a.At).Select(a => a.Action));
        Assert.Equal(3, (await harness.OutboxAsync(Pk)).Count);
    }

    [Fact]
    public async Task Schedule_DepartmentHead_ForbiddenAndGraphNeverCalled()
    {
        await using var harness = await MeetingsHarness.WithGraphAsync();

        var result = await harness.WeeklyHandler().HandleAsync(harness.TurnOf("li-qiang"), Schedule(null, "Friday", "16:00", "60"), CancellationToken.None);

        Assert.Equal(403, Assert.IsType<ErrorResult>(result).StatusCode);
        Assert.Empty(harness.Graph!.Requests);
        Assert.Null(await harness.Documents.WeeklyAsync(CancellationToken.None));
    }

    [Theory]
    [InlineData(403, "Meetings.Graph.Forbidden")]
    [InlineData(500, "Meetings.Graph.Unavailable")]
    [InlineData(400, "Meetings.Graph.Failed")]
    public async Task Schedule_GraphRefuses_CardSaysSoInPlainWordsAndNothingIsStored(int status, string textKey)
    {
        await using var harness = await MeetingsHarness.WithGraphAsync();
        harness.Graph!.Answers.Enqueue((status, null, """{"error":{"code":"ErrorAccessDenied","message":"Access is denied."}}"""));

        var zh = await harness.WeeklyHandler().HandleAsync(harness.TurnOf("wang-min"), Schedule(null, "Friday", "16:00", "60"), CancellationToken.None);
        var en = await harness.WeeklyHandler().HandleAsync(harness.TurnOf("wang-min", Localizer.EnUs), Schedule(null, "Friday", "16:00", "60"), CancellationToken.None);

        Assert.Contains(Localizer.ZhCn.Format(textKey, status), MeetingsHarness.CardText(zh), StringComparison.Ordinal);
        Assert.Contains(Localizer.EnUs.Format(textKey, status), MeetingsHarness.CardText(en), StringComparison.Ordinal);
        Assert.Null(await harness.Documents.WeeklyAsync(CancellationToken.None));
        Assert.Empty(await harness.OutboxAsync(Pk));
    }

    [Fact]
    public async Task Schedule_ThrottledBeyondTheClientsRetries_SaysBusyAfterRetryingAndStoresNothing()
    {
        await using var harness = await MeetingsHarness.WithGraphAsync();
        harness.Graph!.Answers.Enqueue((429, 0, """{"error":{"code":"TooManyRequests","message":"slow down"}}"""));

        var result = await harness.WeeklyHandler().HandleAsync(harness.TurnOf("wang-min"), Schedule(null, "Friday", "16:00", "60"), CancellationToken.None);

        Assert.True(harness.Graph.Requests.Count > 1, "The Graph client should have retried the 429.");
        Assert.Contains(Localizer.ZhCn["Meetings.Graph.Throttled"], MeetingsHarness.CardText(result), StringComparison.Ordinal);
        Assert.Null(await harness.Documents.WeeklyAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Schedule_WithoutGraph_RecordedAndTheCardSaysNoTeamsMeetingWasCreated()
    {
        await using var harness = MeetingsHarness.Local();

        var result = await harness.WeeklyHandler().HandleAsync(harness.TurnOf("wang-min"), Schedule(null, "Friday", "16:00", "60"), CancellationToken.None);

        Assert.Contains(Localizer.ZhCn["Meetings.NoTeamsMeeting"], MeetingsHarness.CardText(result), StringComparison.Ordinal);
        var stored = (await harness.Documents.WeeklyAsync(CancellationToken.None))!.Value;
        Assert.StartsWith(MeetingPlans.LocalEventPrefix, stored.EventId, StringComparison.Ordinal);
        Assert.Null(stored.JoinUrl);
    }

    [Fact]
    public async Task AttendeeJob_NewSalesHead_PatchesTheSeriesAttendeesAndRecordsIt()
    {
        await using var harness = await MeetingsHarness.WithGraphAsync();
        harness.Graph!.Answers.Enqueue((201, null, EventJson));
        harness.Graph.Answers.Enqueue((200, null, EventJson));
        await harness.WeeklyHandler().HandleAsync(harness.TurnOf("wang-min"), Schedule(null, "Friday", "16:00", "60"), CancellationToken.None);
        var changed = harness.Organisation with
        {
            Departments = [.. harness.Organisation.Departments.Select(d => d.Id == "sales" ? d with { HeadPersonId = "zhou-na" } : d)],
        };

        await harness.AttendeeJob(changed).RunAsync(harness.Time.GetUtcNow(), CancellationToken.None);
        await harness.AttendeeJob(changed).RunAsync(harness.Time.GetUtcNow(), CancellationToken.None);

        Assert.Equal(2, harness.Graph.Requests.Count);
        var (method, path, body) = harness.Graph.Requests.Last();
        Assert.Equal(("PATCH", "/v1.0/users/ops@huacai.example/events/event-1"), (method, path));
        var emails = body!["attendees"]!.AsArray().Select(a => a!["emailAddress"]!["address"]!.GetValue<string>()).ToList();
        Assert.Contains("zhou.na@huacai.example", emails);
        Assert.DoesNotContain("li.qiang@huacai.example", emails);
        Assert.Contains("zhou-na", (await harness.Documents.WeeklyAsync(CancellationToken.None))!.Value.AttendeePersonIds);
        Assert.Contains(await harness.AuditAsync(Pk), a => a.Action == "attendees-updated" && a.ActorPersonId == "system");
    }
}
