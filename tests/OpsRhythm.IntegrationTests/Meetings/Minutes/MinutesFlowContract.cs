using OpsRhythm.Bot.Delivery;
using OpsRhythm.Bot.Meetings.Minutes;
using OpsRhythm.Bot.WeeklyStatus;
using OpsRhythm.Cards.Model;
using OpsRhythm.Cards.WeeklyStatus;
using OpsRhythm.Bot.Meetings.Minutes.Events;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Cards.Meetings.Minutes;
using OpsRhythm.Domain.Auditing;
using OpsRhythm.Domain.Meetings.Minutes;
using OpsRhythm.IntegrationTests.Storage;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.IntegrationTests.Meetings.Minutes;

/// <summary>
/// The weekly meeting's minutes end to end on each store: meetingStart posts the digest and the minutes card to
/// the meeting chat once however often Teams delivers it; the operations office records a decision and action
/// items from the card (one batch each in the occurrence's partition, audited); meetingEnd sends the minutes to
/// the chat and the ops channel and each owner their items, once; owners close with a note; the follow-up job
/// reminds and escalates once.
/// </summary>
public abstract class MinutesFlowContract
{
    protected abstract IDocumentStore Store { get; }

    [ContractFact]
    public async Task MeetingStartAndEnd_DeliveredTwice_PostedOnceMinutesToChatOpsAndOwners()
    {
        await using var harness = await MinutesHarness.StartAsync(Store, mondays: 0);
        var partition = harness.WeeklyPartition;
        await harness.SendAsync(MinutesHarness.MeetingEvent(MeetingEvent.StartName));
        await harness.SendAsync(MinutesHarness.MeetingEvent(MeetingEvent.StartName));

        var started = await harness.InPartitionAsync<OutboxMessage>(partition);
        Assert.Equal(2, started.Count);
        Assert.All(started, m => Assert.Equal((OutboxTargetKind.Conversation, MinutesHarness.Chat), (m.Target.Kind, m.Target.Id)));

        var handlers = harness.Handlers();
        var recorded = await handlers.HandleAsync(harness.TurnOf("gao-yu"), MeetingsHarness.Click(MinutesVerbs.RecordItem, partition, null,
            (ActionItemFields.Text, "补齐交付计划"), (ActionItemFields.Owner, "sun-hao"), (ActionItemFields.Deadline, "2026-12-11")), CancellationToken.None);
        await handlers.HandleAsync(harness.TurnOf("gao-yu"), MeetingsHarness.Click(MinutesVerbs.RecordDecision, partition, null,
            (ActionItemFields.Decision, "交付延期一周")), CancellationToken.None);

        Assert.Contains("补齐交付计划", MeetingsHarness.CardText(recorded));
        var item = Assert.Single(await harness.InPartitionAsync<ActionItem>(partition));
        Assert.Equal(("sun-hao", "sales", new DateOnly(2026, 12, 11)), (item.OwnerPersonId, item.DepartmentId, item.Deadline));
        Assert.Single(await harness.InPartitionAsync<MeetingDecision>(partition));
        Assert.DoesNotContain(await harness.InPartitionAsync<OutboxMessage>(partition), m => m.Target.Kind == OutboxTargetKind.Person);

        await harness.SendAsync(MinutesHarness.MeetingEvent(MeetingEvent.EndName));
        await harness.SendAsync(MinutesHarness.MeetingEvent(MeetingEvent.EndName));

        var sent = await harness.InPartitionAsync<OutboxMessage>(partition);
        Assert.Equal(5, sent.Count);
        Assert.Contains(sent, m => m.Target == OutboxTarget.Channel("channel-ops"));
        Assert.Equal(3, sent.Count(m => m.Target == OutboxTarget.Conversation(MinutesHarness.Chat)));
        Assert.Single(sent, m => m.Target == OutboxTarget.Person("sun-hao"));
        var minutes = Assert.Single(await harness.InPartitionAsync<MeetingMinutes>(partition));
        Assert.NotNull(minutes.EndedAt);
        Assert.Equal(MinutesHarness.Chat, minutes.ChatId);
        var audit = (await harness.InPartitionAsync<AuditEvent>(partition)).Select(a => a.Action).Order(StringComparer.Ordinal);
        Assert.Equal(["decision-recorded", "ended", "recorded", "started"], audit);
    }

    [ContractFact]
    public async Task RecordItem_NotOpsOfficeOrBadInput_RefusedNothingWritten()
    {
        await using var harness = await MinutesHarness.StartAsync(Store, mondays: 1);
        var partition = harness.WeeklyPartition;
        var handlers = harness.Handlers();

        var byHead = await handlers.HandleAsync(harness.TurnOf("zhang-wei"), MeetingsHarness.Click(MinutesVerbs.RecordItem, partition, null,
            (ActionItemFields.Text, "x"), (ActionItemFields.Owner, "sun-hao"), (ActionItemFields.Deadline, "2026-12-11")), CancellationToken.None);
        var bad = await handlers.HandleAsync(harness.TurnOf("gao-yu"), MeetingsHarness.Click(MinutesVerbs.RecordItem, partition, null,
            (ActionItemFields.Text, "补齐交付计划"), (ActionItemFields.Owner, "nobody"), (ActionItemFields.Deadline, "2026-12-01")), CancellationToken.None);

        Assert.Equal(403, Assert.IsType<ErrorResult>(byHead).StatusCode);
        var card = MeetingsHarness.CardNode(bad).ToJsonString();
        Assert.Contains(ActionItemFields.Owner + ".error", card, StringComparison.Ordinal);
        Assert.Contains(ActionItemFields.Deadline + ".error", card, StringComparison.Ordinal);
        Assert.Contains("补齐交付计划", MeetingsHarness.CardText(bad), StringComparison.Ordinal);
        Assert.Empty(await harness.InPartitionAsync<ActionItem>(partition));
    }

    [ContractFact]
    public async Task RecordedOutsideAMeeting_OwnerToldAtOnceClosesWithNoteOthersRefused()
    {
        await using var harness = await MinutesHarness.StartAsync(Store, mondays: 2);
        var occurrence = MeetingOccurrenceRef.Chat(harness.Day);
        var first = await harness.Recorder.RecordItemAsync(occurrence, harness.Organisation.FindPerson("gao-yu")!, harness.Organisation, new RecordActionItem("核对报价", "sun-hao", harness.Day.AddDays(2)), "activity-1", CancellationToken.None);
        var again = await harness.Recorder.RecordItemAsync(occurrence, harness.Organisation.FindPerson("gao-yu")!, harness.Organisation, new RecordActionItem("核对报价", "sun-hao", harness.Day.AddDays(2)), "activity-1", CancellationToken.None);

        Assert.True(again.Repeated);
        Assert.Equal(first.Stored!.Value.Id, again.Stored!.Value.Id);
        Assert.Single(await harness.InPartitionAsync<ActionItem>(occurrence.PartitionKey));
        Assert.Single(await harness.InPartitionAsync<OutboxMessage>(occurrence.PartitionKey), m => m.Target == OutboxTarget.Person("sun-hao"));

        var handlers = harness.Handlers();
        var id = first.Stored.Value.Id;
        var byOther = await handlers.HandleAsync(harness.TurnOf("zhou-na"), MeetingsHarness.Click(MinutesVerbs.CloseItem, id, null, (ActionItemFields.Note, "done")), CancellationToken.None);
        var noNote = await handlers.HandleAsync(harness.TurnOf("sun-hao"), MeetingsHarness.Click(MinutesVerbs.CloseItem, id, null), CancellationToken.None);
        var closed = await handlers.HandleAsync(harness.TurnOf("sun-hao"), MeetingsHarness.Click(MinutesVerbs.CloseItem, id, null, (ActionItemFields.Note, "已核对")), CancellationToken.None);

        Assert.Equal(403, Assert.IsType<ErrorResult>(byOther).StatusCode);
        Assert.Contains(ActionItemFields.Note + ".error", MeetingsHarness.CardNode(noNote).ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("已核对", MeetingsHarness.CardText(closed));
        Assert.Equal(ActionItemState.Closed, (await harness.Minutes.ReadItemAsync(id, CancellationToken.None))!.Value.State);
    }

    [ContractFact]
    public async Task FollowUpJob_BeforeDeadlineRemindsOnceADayOverdueEscalatesOnce()
    {
        await using var harness = await MinutesHarness.StartAsync(Store, mondays: 3);
        var occurrence = MeetingOccurrenceRef.Chat(harness.Day);
        var item = (await harness.Recorder.RecordItemAsync(occurrence, harness.Organisation.FindPerson("gao-yu")!, harness.Organisation, new RecordActionItem("核对报价", "sun-hao", harness.Day.AddDays(1)), null, CancellationToken.None)).Stored!.Value;
        var job = harness.FollowUpJob();

        await job.RunAsync(harness.Clock.UtcNow, CancellationToken.None);
        await job.RunAsync(harness.Clock.UtcNow, CancellationToken.None);
        harness.Meetings.Time.Advance(TimeSpan.FromDays(2));
        await job.RunAsync(harness.Clock.UtcNow, CancellationToken.None);
        await job.RunAsync(harness.Clock.UtcNow, CancellationToken.None);

        var stored = (await harness.Minutes.ReadItemAsync(item.Id, CancellationToken.None))!.Value;
        Assert.Equal((harness.Day, harness.Day.AddDays(2)), (stored.RemindedOn, stored.EscalatedOn));
        var messages = await harness.InPartitionAsync<OutboxMessage>(occurrence.PartitionKey);
        Assert.Equal(3, messages.Count(m => m.Target == OutboxTarget.Person("sun-hao")));
        Assert.Single(messages, m => m.Target == OutboxTarget.Person("li-qiang"));
        Assert.Single(messages, m => m.Target == OutboxTarget.Channel("channel-ops"));
        var audit = (await harness.InPartitionAsync<AuditEvent>(occurrence.PartitionKey)).Select(a => a.Action).Order(StringComparer.Ordinal);
        Assert.Equal(["escalated", "recorded", "reminded"], audit);
    }

    [ContractFact]
    public async Task Digest_NextWeek_TalliesLastWeeksMeetingItemsDoneOverdueOpen()
    {
        await using var harness = await MinutesHarness.StartAsync(Store, mondays: 4);
        var meeting = MeetingOccurrenceResolver.Weekly(harness.Day);
        var ops = harness.Organisation.FindPerson("gao-yu")!;
        async Task<ActionItem> RecordAsync(string text, string owner, int days) =>
            (await harness.Recorder.RecordItemAsync(meeting, ops, harness.Organisation, new RecordActionItem(text, owner, harness.Day.AddDays(days)), null, CancellationToken.None)).Stored!.Value;
        await RecordAsync("补齐交付计划", "sun-hao", 1);
        await RecordAsync("更新产能评估", "wu-gang", 10);
        var done = await RecordAsync("核对报价", "zhou-na", 2);
        await harness.Handlers().HandleAsync(harness.TurnOf("zhou-na"), MeetingsHarness.Click(MinutesVerbs.CloseItem, done.Id, null, (ActionItemFields.Note, "已核对")), CancellationToken.None);

        harness.Meetings.Time.Advance(TimeSpan.FromDays(7));
        var organisation = harness.Organisation;
        var now = harness.Clock.UtcNow;
        var digest = await harness.Digests().BuildAsync(organisation, StatusWeek.At(now, organisation, new WeeklyStatusOptions()), now, CancellationToken.None);

        Assert.Equal(new ActionItemTally(1, 1, 1), digest.LastWeekActions);
        var card = WeeklyDigestCard.Build(digest, organisation, Cards.Localization.Localizer.ZhCn);
        Assert.Contains("上周行动项：完成 1，逾期 1，进行中 1", MeetingsHarness.Strings(System.Text.Json.Nodes.JsonNode.Parse(CardJson.ToJson(card))));
    }
}
