using Microsoft.Extensions.Logging.Abstractions;
using OpsRhythm.Bot.Graph;
using OpsRhythm.Bot.Meetings;
using OpsRhythm.Bot.Persistence;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Meetings;
using OpsRhythm.Domain.Meetings;
using OpsRhythm.Domain.Time;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.IntegrationTests.Meetings;

/// <summary>
/// Issue 13: the weekly meeting's move and cancel change the Graph event before their versioned write; when
/// that write loses to another ops office member, the calendar is put back to what the store holds.
/// </summary>
public sealed class WeeklyMeetingRaceTests
{
    private const string EventJson = """{"id":"event-1","onlineMeeting":{"joinUrl":"https://teams.example/l/meetup-join/abc"}}""";
    private const string NewEventJson = """{"id":"event-2","onlineMeeting":{"joinUrl":"https://teams.example/l/meetup-join/new"}}""";

    [Fact]
    public async Task Move_LosesTheRaceAfterItsPatch_PatchesTheEventBackToTheWinnersSlot()
    {
        await using var harness = await MeetingsHarness.WithGraphAsync();
        var graph = harness.Graph!;
        graph.Answers.Enqueue((201, null, EventJson));
        graph.Answers.Enqueue((200, null, EventJson));
        var scheduled = await ScheduleFridayAsync(harness);
        var handler = Handler(harness, nameof(IMeetingCalendar.UpdateAsync), () => WinnerMovesToTuesdayAsync(harness, scheduled));

        var result = await handler.HandleAsync(harness.TurnOf("wang-min"), Move(scheduled.ETag, "Monday"), CancellationToken.None);

        Assert.Contains(Localizer.ZhCn["Common.Rejection.StaleVersion"], MeetingsHarness.CardText(result), StringComparison.Ordinal);
        var patches = graph.Requests.Where(r => r.Method == "PATCH").ToList();
        Assert.Equal(2, patches.Count);
        Assert.Equal(["monday"], Days(patches[0].Body!));
        Assert.Equal(["tuesday"], Days(patches[1].Body!));
        Assert.Equal("/v1.0/users/ops@huacai.example/events/event-1", patches[1].Path);
        Assert.Equal(DayOfWeek.Tuesday, (await harness.Documents.WeeklyAsync(CancellationToken.None))!.Value.Slot.Day);
    }

    [Fact]
    public async Task Cancel_LosesTheRaceAfterTheCalendarCancelled_CreatesTheWinnersEventAgainAndRecordsIt()
    {
        await using var harness = await MeetingsHarness.WithGraphAsync();
        var graph = harness.Graph!;
        graph.Answers.Enqueue((201, null, EventJson));
        graph.Answers.Enqueue((202, null, string.Empty));
        graph.Answers.Enqueue((201, null, NewEventJson));
        var scheduled = await ScheduleFridayAsync(harness);
        var handler = Handler(harness, nameof(IMeetingCalendar.CancelAsync), () => WinnerMovesToTuesdayAsync(harness, scheduled));

        var result = await handler.HandleAsync(harness.TurnOf("wang-min"), MeetingsHarness.Click(MeetingVerbs.Cancel, WeeklyMeeting.DocumentId, scheduled.ETag), CancellationToken.None);

        Assert.Contains(Localizer.ZhCn["Common.Rejection.StaleVersion"], MeetingsHarness.CardText(result), StringComparison.Ordinal);
        Assert.Equal(
            [("POST", "/v1.0/users/ops@huacai.example/events"), ("POST", "/v1.0/users/ops@huacai.example/events/event-1/cancel"), ("POST", "/v1.0/users/ops@huacai.example/events")],
            graph.Requests.Select(r => (r.Method, r.Path)));
        Assert.Equal(["tuesday"], Days(graph.Requests.Last().Body!));
        var stored = (await harness.Documents.WeeklyAsync(CancellationToken.None))!.Value;
        Assert.Equal((MeetingState.Scheduled, DayOfWeek.Tuesday, "event-2"), (stored.State, stored.Slot.Day, stored.EventId));
        Assert.Contains(await harness.AuditAsync(WeeklyMeeting.DocumentId), a => a.Action == "calendar-restored" && a.ActorPersonId == "wang-min");
    }

    private static WeeklyMeetingHandler Handler(MeetingsHarness harness, string raceOn, Func<Task> competitor) =>
        new(harness.Documents, new RacingCalendar(harness.Calendar, raceOn, competitor), new ChangeWriter(harness.Store), new OrganisationClock(harness.Time), NullLogger<WeeklyMeetingHandler>.Instance);

    private static async Task<StoredDocument<WeeklyMeeting>> ScheduleFridayAsync(MeetingsHarness harness)
    {
        await harness.WeeklyHandler().HandleAsync(
            harness.TurnOf("wang-min"),
            MeetingsHarness.Click(MeetingVerbs.Schedule, WeeklyMeeting.DocumentId, null, ("day", "Friday"), ("time", "16:00"), ("duration", "60")),
            CancellationToken.None);
        harness.Time.Advance(TimeSpan.FromMinutes(1));
        return (await harness.Documents.WeeklyAsync(CancellationToken.None))!;
    }

    /// <summary>高宇 (ops office) moved the same meeting to Tuesday a moment earlier: stored without touching this test's Graph answers.</summary>
    private static async Task WinnerMovesToTuesdayAsync(MeetingsHarness harness, StoredDocument<WeeklyMeeting> scheduled) =>
        await harness.Store.ReplaceAsync(
            StorageContainers.Meetings,
            MeetingDocuments.WeeklyKey,
            scheduled.Value with { Slot = scheduled.Value.Slot with { Day = DayOfWeek.Tuesday }, Revision = scheduled.Value.Revision + 1 },
            scheduled.ETag,
            CancellationToken.None);

    private static Bot.Turns.CardActionRequest Move(string version, string day) =>
        MeetingsHarness.Click(MeetingVerbs.Schedule, WeeklyMeeting.DocumentId, version, ("day", day), ("time", "09:30"), ("duration", "90"));

    private static string[] Days(System.Text.Json.Nodes.JsonNode body) =>
        [.. body["recurrence"]!["pattern"]!["daysOfWeek"]!.AsArray().Select(d => d!.GetValue<string>())];
}
