using OpsRhythm.Bot.Graph;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Meetings;
using OpsRhythm.Domain.Meetings;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.IntegrationTests.Meetings;

/// <summary>
/// The pick creates the Teams meeting before its versioned write: when that write loses, the event it made
/// is cancelled and the card shows what the store holds. Who may pick is checked before the version.
/// </summary>
public sealed class CoordinationRaceTests
{
    [Fact]
    public async Task Pick_LosesTheRaceAfterCreatingTheEvent_CancelsThatEventAndShowsTheWinnersPick()
    {
        await using var harness = await MeetingsHarness.WithGraphAsync();
        var graph = harness.Graph!;
        graph.Answers.Enqueue((200, null, CoordinationFlowTests.ScheduleJson));
        graph.Answers.Enqueue((201, null, """{"id":"event-9","onlineMeeting":{"joinUrl":"https://teams.example/l/meetup-join/xyz"}}"""));
        graph.Answers.Enqueue((202, null, string.Empty));
        var (id, version) = await ProposeAsync(harness);
        var proposed = (await harness.Documents.CoordinationAsync(id, CancellationToken.None))!;
        // 王敏 (ops office) picked the first slot for the requester a moment earlier.
        var handlers = harness.Handlers(new RacingCalendar(harness.Calendar, nameof(IMeetingCalendar.CreateAsync), () =>
            harness.Store.ReplaceAsync(StorageContainers.Meetings, proposed.Key, proposed.Value with { State = MeetingState.Scheduled, Chosen = proposed.Value.ProposedSlots[0] }, proposed.ETag, CancellationToken.None)));

        var result = await handlers.HandleAsync(harness.TurnOf("sun-hao"), MeetingsHarness.Click(MeetingVerbs.Pick, id, version, ("slot", "1")), CancellationToken.None);

        Assert.Contains(Localizer.ZhCn["Common.Rejection.StaleVersion"], MeetingsHarness.CardText(result), StringComparison.Ordinal);
        Assert.Equal(("POST", "/v1.0/users/ops@huacai.example/events/event-9/cancel"), (graph.Requests.Last().Method, graph.Requests.Last().Path));
        var stored = (await harness.Documents.CoordinationAsync(id, CancellationToken.None))!.Value;
        Assert.Equal((proposed.Value.ProposedSlots[0], null), (stored.Chosen!.Value, stored.EventId));
        Assert.Empty(await harness.OutboxAsync(id));
    }

    [Fact]
    public async Task Pick_SomeoneElseWithAnOldCard_ForbiddenRatherThanTheCurrentCard()
    {
        await using var harness = MeetingsHarness.Local();
        var (id, version) = await ProposeAsync(harness);
        await harness.CoordinationHandler().HandleAsync(harness.TurnOf("sun-hao"), MeetingsHarness.Click(MeetingVerbs.Pick, id, version, ("slot", "0")), CancellationToken.None);

        var result = await harness.CoordinationHandler().HandleAsync(harness.TurnOf("zhang-wei"), MeetingsHarness.Click(MeetingVerbs.Pick, id, version, ("slot", "1")), CancellationToken.None);

        Assert.Equal(403, Assert.IsType<ErrorResult>(result).StatusCode);
    }

    private static async Task<(string Id, string Version)> ProposeAsync(MeetingsHarness harness)
    {
        var proposed = await harness.CoordinationHandler().HandleAsync(
            harness.TurnOf("sun-hao"),
            MeetingsHarness.Click(MeetingVerbs.Propose, null, null, ("topic", "新品交付延期"), ("people", "zhang-wei"), ("departments", "finance"), ("duration", "60"), ("from", "2026-11-30"), ("to", "2026-12-01")),
            CancellationToken.None);
        var pick = MeetingsHarness.Picks(MeetingsHarness.CardNode(proposed))[1]["data"]!;
        return ((string)pick["id"]!, (string)pick["v"]!);
    }
}
