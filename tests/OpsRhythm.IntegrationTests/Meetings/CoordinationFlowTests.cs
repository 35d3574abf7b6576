using OpsRhythm.Bot.Delivery;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Meetings;
using OpsRhythm.Domain.Meetings;

namespace OpsRhythm.IntegrationTests.Meetings;

/// <summary>A coordination request: slots from getSchedule across time zones, the pick creates the Teams meeting and invites everyone else.</summary>
public sealed class CoordinationFlowTests
{
    // Sun Hao (Shanghai) is busy 08:00-09:00Z on Monday; Liu Yang works 09:00-17:00 Berlin time; Zhang Wei's view is free.
    internal const string ScheduleJson = """
        {"value":[
          {"scheduleId":"sun.hao@huacai.example","availabilityView":"0",
           "scheduleItems":[{"status":"busy","start":{"dateTime":"2026-11-30T08:00:00.0000000","timeZone":"UTC"},"end":{"dateTime":"2026-11-30T09:00:00.0000000","timeZone":"UTC"}}],
           "workingHours":{"daysOfWeek":["monday","tuesday","wednesday","thursday","friday"],"startTime":"09:00:00.0000000","endTime":"18:00:00.0000000","timeZone":{"name":"China Standard Time"}}},
          {"scheduleId":"zhang.wei@huacai.example","availabilityView":"000000","scheduleItems":[],
           "workingHours":{"daysOfWeek":["monday","tuesday","wednesday","thursday","friday"],"startTime":"09:00:00.0000000","endTime":"18:00:00.0000000","timeZone":{"name":"China Standard Time"}}},
          {"scheduleId":"liu.yang@huacai.example","availabilityView":"000000","scheduleItems":[],
           "workingHours":{"daysOfWeek":["monday","tuesday","wednesday","thursday","friday"],"startTime":"09:00:00.0000000","endTime":"17:00:00.0000000","timeZone":{"name":"W. Europe Standard Time"}}}
        ]}
        """;

    private static CardActionRequest Ask(string people, string departments, string from, string to) =>
        MeetingsHarness.Click(MeetingVerbs.Propose, null, null, ("topic", "新品交付延期"), ("people", people), ("departments", departments), ("duration", "60"), ("from", from), ("to", to));

    [Fact]
    public async Task ProposeThenPick_GraphSchedules_SlotsFitEveryZoneAndInvitesGoOneToOne()
    {
        await using var harness = await MeetingsHarness.WithGraphAsync();
        var graph = harness.Graph!;
        graph.Answers.Enqueue((200, null, ScheduleJson));
        graph.Answers.Enqueue((201, null, """{"id":"event-9","onlineMeeting":{"joinUrl":"https://teams.example/l/meetup-join/xyz"}}"""));

        var proposed = await harness.CoordinationHandler().HandleAsync(harness.TurnOf("sun-hao"), Ask("zhang-wei", "finance", "2026-11-30", "2026-12-01"), CancellationToken.None);

        var (_, path, body) = Assert.Single(graph.Requests);
        Assert.Equal("/v1.0/users/ops@huacai.example/calendar/getSchedule", path);
        var asked = body!.AsObject().Single(p => string.Equals(p.Key, "schedules", StringComparison.OrdinalIgnoreCase)).Value!.AsArray().Select(s => s!.GetValue<string>());
        Assert.Equal(["sun.hao@huacai.example", "zhang.wei@huacai.example", "liu.yang@huacai.example"], asked);
        var card = MeetingsHarness.CardNode(proposed);
        var picks = MeetingsHarness.Picks(card).ToList();
        // Shanghai 09:00-18:00 and Berlin 09:00-17:00 overlap 08:00-10:00Z; Monday's first hour is Sun Hao's.
        Assert.Equal(["11月30日（周一）17:00–18:00", "12月1日（周二）16:00–17:00", "12月1日（周二）17:00–18:00"], picks.Select(a => (string)a!["title"]!));
        var id = (string)picks[1]!["data"]!["id"]!;
        var version = (string)picks[1]!["data"]!["v"]!;
        var stored = (await harness.Documents.CoordinationAsync(id, CancellationToken.None))!;
        Assert.True(stored.Value.SlotsFromCalendars);

        var picked = await harness.CoordinationHandler().HandleAsync(harness.TurnOf("sun-hao"), MeetingsHarness.Click(MeetingVerbs.Pick, id, version, ("slot", "1")), CancellationToken.None);

        var (method, createPath, created) = graph.Requests.Last();
        Assert.Equal(("POST", "/v1.0/users/ops@huacai.example/events"), (method, createPath));
        Assert.True(created!["isOnlineMeeting"]!.GetValue<bool>());
        Assert.Equal("teamsForBusiness", created["onlineMeetingProvider"]!.GetValue<string>());
        Assert.Null(created["recurrence"]);
        Assert.Equal(("新品交付延期", "2026-12-01T16:00:00"), (created["subject"]!.GetValue<string>(), created["start"]!["dateTime"]!.GetValue<string>()));
        Assert.Equal(3, created["attendees"]!.AsArray().Count);
        Assert.Contains("https://teams.example/l/meetup-join/xyz", MeetingsHarness.CardText(picked), StringComparison.Ordinal);
        var invites = (await harness.OutboxAsync(id)).ToDictionary(m => m.Target.Id);
        Assert.Equal(["liu-yang", "zhang-wei"], invites.Keys.Order());
        Assert.All(invites.Values, m => Assert.Equal(OutboxTargetKind.Person, m.Target.Kind));
        var berlin = MeetingsHarness.Strings(System.Text.Json.Nodes.JsonNode.Parse(invites["liu-yang"].Activity.GetRawText())).ToList();
        Assert.Contains(Localizer.EnUs.Format("Meetings.Invite.Title", "新品交付延期"), berlin);
        Assert.Contains(berlin, s => s.Contains("09:00–10:00, Berlin time", StringComparison.Ordinal));
        Assert.Equal(MeetingState.Scheduled, (await harness.Documents.CoordinationAsync(id, CancellationToken.None))!.Value.State);

        // Teams retrying the same pick: the card drawn before it is stale now; no second event.
        await harness.CoordinationHandler().HandleAsync(harness.TurnOf("sun-hao"), MeetingsHarness.Click(MeetingVerbs.Pick, id, version, ("slot", "1")), CancellationToken.None);
        Assert.Equal(2, graph.Requests.Count);
    }

    [Fact]
    public async Task Propose_GetScheduleForbidden_FormKeepsTheInputAndSaysWhy()
    {
        await using var harness = await MeetingsHarness.WithGraphAsync();
        harness.Graph!.Answers.Enqueue((403, null, """{"error":{"code":"ErrorAccessDenied","message":"Access is denied."}}"""));

        var result = await harness.CoordinationHandler().HandleAsync(harness.TurnOf("sun-hao", Localizer.EnUs), Ask("zhang-wei", string.Empty, "2026-11-30", "2026-12-01"), CancellationToken.None);

        var text = MeetingsHarness.CardText(result);
        Assert.Contains(Localizer.EnUs["Meetings.Graph.Forbidden"], text, StringComparison.Ordinal);
        Assert.Contains("新品交付延期", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Propose_WithoutGraph_AvoidsTheWeeklyMeetingTheStoreKnowsAndSaysSo()
    {
        await using var harness = MeetingsHarness.Local();
        await harness.WeeklyHandler().HandleAsync(
            harness.TurnOf("wang-min"),
            MeetingsHarness.Click(MeetingVerbs.Schedule, WeeklyMeeting.DocumentId, null, ("day", "Monday"), ("time", "09:00"), ("duration", "120")),
            CancellationToken.None);

        var result = await harness.CoordinationHandler().HandleAsync(harness.TurnOf("wang-min"), Ask("li-qiang", string.Empty, "2026-11-30", "2026-11-30"), CancellationToken.None);

        var card = MeetingsHarness.CardNode(result);
        var titles = MeetingsHarness.Picks(card).Select(a => (string)a!["title"]!).ToList();
        Assert.Equal(["11月30日（周一）11:00–12:00", "11月30日（周一）12:00–13:00", "11月30日（周一）13:00–14:00"], titles);
        Assert.Contains(Localizer.ZhCn["Meetings.Slots.LocalOnly"], MeetingsHarness.CardText(result), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pick_SomeoneElse_ForbiddenAndNothingCreated()
    {
        await using var harness = MeetingsHarness.Local();
        var proposed = await harness.CoordinationHandler().HandleAsync(harness.TurnOf("sun-hao"), Ask("zhang-wei", string.Empty, "2026-11-30", "2026-11-30"), CancellationToken.None);
        var pick = MeetingsHarness.Picks(MeetingsHarness.CardNode(proposed))[0]["data"]!;

        var result = await harness.CoordinationHandler().HandleAsync(harness.TurnOf("zhang-wei"), MeetingsHarness.Click(MeetingVerbs.Pick, (string)pick["id"]!, (string)pick["v"]!, ("slot", "0")), CancellationToken.None);

        Assert.Equal(403, Assert.IsType<ErrorResult>(result).StatusCode);
        Assert.Equal(MeetingState.Proposed, (await harness.Documents.CoordinationAsync((string)pick["id"]!, CancellationToken.None))!.Value.State);
        Assert.Empty(await harness.OutboxAsync((string)pick["id"]!));
    }
}
