using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Meetings;
using OpsRhythm.Domain.Meetings;

namespace OpsRhythm.IntegrationTests.Meetings;

/// <summary>The dashboard's upcoming meetings from what the weekly and coordination handlers stored, with Teams join links from the Graph endpoint.</summary>
public sealed class UpcomingMeetingsReaderTests
{
    private const string WeeklyJoinUrl = "https://teams.example/l/meetup-join/weekly";
    private const string CoordinationJoinUrl = "https://teams.example/l/meetup-join/coordination";
    private static readonly TimeSpan Shanghai = TimeSpan.FromHours(8);

    [Fact]
    public async Task UpcomingAsync_WeeklyAndCoordinationScheduled_EarliestFirstInTheOrganisationsZoneWithJoinLinks()
    {
        await using var harness = await MeetingsHarness.WithGraphAsync();
        var coordinationId = await ScheduleBothAsync(harness);

        var rows = await harness.UpcomingReader().UpcomingAsync(harness.Time.GetUtcNow(), 3, Localizer.EnUs, CancellationToken.None);

        var weekly = Localizer.EnUs["Meetings.Weekly.Subject"];
        Assert.Equal(
            [
                (WeeklyMeeting.DocumentId, weekly, new DateTimeOffset(2026, 11, 27, 16, 0, 0, Shanghai), new DateTimeOffset(2026, 11, 27, 17, 0, 0, Shanghai), WeeklyJoinUrl),
                (coordinationId, "新品交付延期", new DateTimeOffset(2026, 12, 1, 16, 0, 0, Shanghai), new DateTimeOffset(2026, 12, 1, 17, 0, 0, Shanghai), CoordinationJoinUrl),
                (WeeklyMeeting.DocumentId, weekly, new DateTimeOffset(2026, 12, 4, 16, 0, 0, Shanghai), new DateTimeOffset(2026, 12, 4, 17, 0, 0, Shanghai), WeeklyJoinUrl),
            ],
            rows.Select(r => (r.Id, r.Subject, r.Start, r.End, r.JoinUrl)));
        Assert.All(rows, r => Assert.Equal((Shanghai, Shanghai), (r.Start.Offset, r.End.Offset)));
    }

    [Fact]
    public async Task UpcomingAsync_WeeklyCancelledAndCoordinationHeld_OnlyMeetingsStillAhead()
    {
        await using var harness = await MeetingsHarness.WithGraphAsync();
        var coordinationId = await ScheduleBothAsync(harness);
        harness.Graph!.Answers.Enqueue((202, null, string.Empty));
        var stored = (await harness.Documents.WeeklyAsync(CancellationToken.None))!;
        await harness.WeeklyHandler().HandleAsync(harness.TurnOf("wang-min"), MeetingsHarness.Click(MeetingVerbs.Cancel, WeeklyMeeting.DocumentId, stored.ETag), CancellationToken.None);

        var before = await harness.UpcomingReader().UpcomingAsync(harness.Time.GetUtcNow(), 5, Localizer.ZhCn, CancellationToken.None);
        var after = await harness.UpcomingReader().UpcomingAsync(new DateTimeOffset(2026, 12, 1, 16, 0, 0, Shanghai), 5, Localizer.ZhCn, CancellationToken.None);

        Assert.Equal(coordinationId, Assert.Single(before).Id);
        Assert.Empty(after);
    }

    /// <summary>The weekly meeting on Fridays 16:00 from tomorrow, and a coordination meeting picked for Tuesday 16:00 (Shanghai).</summary>
    private static async Task<string> ScheduleBothAsync(MeetingsHarness harness)
    {
        var graph = harness.Graph!;
        graph.Answers.Enqueue((201, null, $$$"""{"id":"event-1","onlineMeeting":{"joinUrl":"{{{WeeklyJoinUrl}}}"}}"""));
        graph.Answers.Enqueue((200, null, CoordinationFlowTests.ScheduleJson));
        graph.Answers.Enqueue((201, null, $$$"""{"id":"event-2","onlineMeeting":{"joinUrl":"{{{CoordinationJoinUrl}}}"}}"""));

        await harness.WeeklyHandler().HandleAsync(
            harness.TurnOf("wang-min"),
            MeetingsHarness.Click(MeetingVerbs.Schedule, WeeklyMeeting.DocumentId, null, ("day", "Friday"), ("time", "16:00"), ("duration", "60")),
            CancellationToken.None);
        var proposed = await harness.CoordinationHandler().HandleAsync(
            harness.TurnOf("sun-hao"),
            MeetingsHarness.Click(MeetingVerbs.Propose, null, null, ("topic", "新品交付延期"), ("people", "zhang-wei"), ("departments", "finance"), ("duration", "60"), ("from", "2026-11-30"), ("to", "2026-12-01")),
            CancellationToken.None);
        var pick = MeetingsHarness.Picks(MeetingsHarness.CardNode(proposed))[1]["data"]!;
        var id = (string)pick["id"]!;
        await harness.CoordinationHandler().HandleAsync(harness.TurnOf("sun-hao"), MeetingsHarness.Click(MeetingVerbs.Pick, id, (string)pick["v"]!, ("slot", "1")), CancellationToken.None);
        Assert.Equal(MeetingState.Scheduled, (await harness.Documents.CoordinationAsync(id, CancellationToken.None))!.Value.State);
        return id;
    }
}
