using OpsRhythm.Bot.Delivery;
using OpsRhythm.Cards.Meetings;
using OpsRhythm.Domain.Meetings;
using OpsRhythm.IntegrationTests.Storage;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.IntegrationTests.Meetings;

/// <summary>
/// A coordination meeting end to end on each store: slots from getSchedule, the pick that schedules it and
/// invites the others (one batch in the meeting's partition), a retried pick answered as stale, and the
/// scheduled-meetings cache that the dashboard and reminders read (a query across partitions, in the
/// background). The detailed cases stay in <see cref="CoordinationFlowTests"/> (SQLite).
/// </summary>
public abstract class CoordinationFlowContract
{
    protected abstract IDocumentStore Store { get; }

    [ContractFact]
    public async Task ProposePick_ScheduledInvitedOnceAndInTheScheduledCache()
    {
        await using var harness = await MeetingsHarness.WithGraphAsync(Store);
        var graph = harness.Graph!;
        graph.Answers.Enqueue((200, null, CoordinationFlowTests.ScheduleJson));
        graph.Answers.Enqueue((201, null, """{"id":"event-9","onlineMeeting":{"joinUrl":"https://teams.example/l/meetup-join/xyz"}}"""));
        var ask = MeetingsHarness.Click(MeetingVerbs.Propose, null, null,
            ("topic", "新品交付延期"), ("people", "zhang-wei"), ("departments", "finance"), ("duration", "60"), ("from", "2026-11-30"), ("to", "2026-12-01"));

        var proposed = await harness.CoordinationHandler().HandleAsync(harness.TurnOf("sun-hao"), ask, CancellationToken.None);
        var pick = MeetingsHarness.Picks(MeetingsHarness.CardNode(proposed))[1];
        var (id, version) = ((string)pick["data"]!["id"]!, (string)pick["data"]!["v"]!);
        await harness.CoordinationHandler().HandleAsync(harness.TurnOf("sun-hao"), MeetingsHarness.Click(MeetingVerbs.Pick, id, version, ("slot", "1")), CancellationToken.None);
        await harness.CoordinationHandler().HandleAsync(harness.TurnOf("sun-hao"), MeetingsHarness.Click(MeetingVerbs.Pick, id, version, ("slot", "1")), CancellationToken.None);

        Assert.Equal(MeetingState.Scheduled, (await harness.Documents.CoordinationAsync(id, CancellationToken.None))!.Value.State);
        Assert.Equal(2, graph.Requests.Count);
        var invites = (await harness.OutboxAsync(id)).Where(m => m.Target.Kind == OutboxTargetKind.Person).Select(m => m.Target.Id).Order(StringComparer.Ordinal);
        Assert.Equal(["liu-yang", "zhang-wei"], invites);
        Assert.Contains(id, (await harness.Scheduled.RefreshAsync(CancellationToken.None)).Keys);
    }
}
