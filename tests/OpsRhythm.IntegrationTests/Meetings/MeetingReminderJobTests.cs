using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using OpsRhythm.Bot.Delivery;
using OpsRhythm.Bot.Meetings;
using OpsRhythm.Bot.Scheduling;
using OpsRhythm.Domain.Meetings;
using OpsRhythm.Storage.Contract;
using OpsRhythm.IntegrationTests.Organisation;

namespace OpsRhythm.IntegrationTests.Meetings;

/// <summary>The reminder before each meeting: once per occurrence, in each reader's zone, also after a restart.</summary>
public sealed class MeetingReminderJobTests
{
    private const string Pk = WeeklyMeeting.DocumentId;

    private static async Task<MeetingsHarness> WithWeeklyMeetingAsync(DateOnly firstDate)
    {
        var harness = MeetingsHarness.Local();
        var meeting = new WeeklyMeeting(new WeeklySlot(DayOfWeek.Friday, new TimeOnly(16, 0), 60), "Asia/Shanghai", WeeklyMeetingMachine.Attendees(harness.Organisation))
        {
            FirstDate = firstDate,
            EventId = "event-1",
            JoinUrl = "https://teams.example/l/meetup-join/abc",
        };
        await harness.Store.CreateAsync(StorageContainers.Meetings, MeetingDocuments.WeeklyKey, meeting, CancellationToken.None);
        return harness;
    }

    private static string Texts(OutboxMessage message) =>
        string.Join('\n', MeetingsHarness.Strings(System.Text.Json.Nodes.JsonNode.Parse(message.Activity.GetRawText())));

    [Fact]
    public async Task Run_FifteenMinutesBefore_ChannelAndEveryAttendeeOnceWithTheJoinLinkAndFeedType()
    {
        await using var harness = await WithWeeklyMeetingAsync(new DateOnly(2026, 11, 27));
        var job = harness.ReminderJob();
        // Friday 16:00 Shanghai is 08:00Z; the 07:40 run is too early, the 07:45 one reminds, later ones do not repeat it.
        harness.Time.SetUtcNow(new DateTimeOffset(2026, 11, 27, 7, 40, 0, TimeSpan.Zero));
        await job.RunAsync(harness.Time.GetUtcNow(), CancellationToken.None);
        Assert.Empty(await harness.OutboxAsync(Pk));

        foreach (var minute in new[] { 45, 45, 50, 55 })
        {
            harness.Time.SetUtcNow(new DateTimeOffset(2026, 11, 27, 7, minute, 0, TimeSpan.Zero));
            await job.RunAsync(harness.Time.GetUtcNow(), CancellationToken.None);
        }

        var sent = await harness.OutboxAsync(Pk);
        Assert.Equal(7, sent.Count);
        Assert.Single(sent, m => m.Target == OutboxTarget.Channel("channel-ops"));
        Assert.Equal(WeeklyMeetingMachine.Attendees(harness.Organisation).Order(), sent.Where(m => m.Target.Kind == OutboxTargetKind.Person).Select(m => m.Target.Id).Order());
        Assert.All(sent.Where(m => m.Target.Kind == OutboxTargetKind.Person), m => Assert.Equal(ActivityFeedTypes.MeetingReminder, m.ActivityFeed?.Type));
        Assert.All(sent, m => Assert.Contains("https://teams.example/l/meetup-join/abc", Texts(m), StringComparison.Ordinal));
        Assert.Single(await harness.InPartitionAsync<MeetingReminderRecord>(Pk));
    }

    [Fact]
    public async Task Run_AttendeeInBerlinAcrossDaylightSaving_SameInstantReadAsNineThenTen()
    {
        // Berlin moves its clocks on Sunday 2027-03-28; Shanghai does not, so 16:00 Shanghai is 09:00 then 10:00 in Berlin.
        await using var harness = await WithWeeklyMeetingAsync(new DateOnly(2027, 3, 19));
        var job = harness.ReminderJob();

        harness.Time.SetUtcNow(new DateTimeOffset(2027, 3, 26, 7, 45, 0, TimeSpan.Zero));
        await job.RunAsync(harness.Time.GetUtcNow(), CancellationToken.None);
        harness.Time.SetUtcNow(new DateTimeOffset(2027, 4, 2, 7, 45, 0, TimeSpan.Zero));
        await job.RunAsync(harness.Time.GetUtcNow(), CancellationToken.None);

        var toLiu = (await harness.OutboxAsync(Pk)).Where(m => m.Target == OutboxTarget.Person("liu-yang")).OrderBy(m => m.CreatedAt).Select(Texts).ToList();
        Assert.Equal(2, toLiu.Count);
        Assert.Contains("Fri, Mar 26, 09:00, Berlin time", toLiu[0], StringComparison.Ordinal);
        Assert.Contains("Fri, Apr 2, 10:00, Berlin time", toLiu[1], StringComparison.Ordinal);
        var toWang = (await harness.OutboxAsync(Pk)).Where(m => m.Target == OutboxTarget.Person("wang-min")).Select(Texts).ToList();
        Assert.All(toWang, t => Assert.Contains("16:00（北京时间）", t, StringComparison.Ordinal));
    }

    [Fact]
    public async Task CatchUp_AfterAnOutageOverTheReminderTime_RemindsOnceOfTheMeetingStillAhead()
    {
        await using var harness = await WithWeeklyMeetingAsync(new DateOnly(2026, 11, 27));
        var options = Options.Create(new SchedulingOptions { TimeZone = "Asia/Shanghai" });
        var scheduler = new JobScheduler(
            [harness.ReminderJob()],
            new OrganisationScheduleTimeZone(new InMemoryOrganisationDirectory(InMemoryOrganisationDirectory.Sample), options, NullLogger<OrganisationScheduleTimeZone>.Instance),
            harness.Store,
            options,
            harness.Time,
            NullLogger<JobScheduler>.Instance);
        // Down from 07:40Z; back at 07:57Z, three minutes before the meeting.
        harness.Time.SetUtcNow(new DateTimeOffset(2026, 11, 27, 7, 57, 0, TimeSpan.Zero));

        var ran = await scheduler.CatchUpAsync(CancellationToken.None);
        harness.Time.SetUtcNow(new DateTimeOffset(2026, 11, 27, 8, 0, 0, TimeSpan.Zero));
        await scheduler.RunDueAsync(CancellationToken.None);

        Assert.Equal(new DateTimeOffset(2026, 11, 27, 7, 55, 0, TimeSpan.Zero), Assert.Single(ran).Occurrence);
        var sent = await harness.OutboxAsync(Pk);
        Assert.Equal(7, sent.Count);
        Assert.Contains("3", Texts(sent.First(m => m.Target.Kind == OutboxTargetKind.Channel)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_CancelledMeeting_NoReminder()
    {
        await using var harness = await WithWeeklyMeetingAsync(new DateOnly(2026, 11, 27));
        var stored = (await harness.Documents.WeeklyAsync(CancellationToken.None))!;
        await harness.Store.ReplaceAsync(StorageContainers.Meetings, stored.Key, stored.Value with { State = MeetingState.Cancelled }, stored.ETag, CancellationToken.None);
        harness.Time.SetUtcNow(new DateTimeOffset(2026, 11, 27, 7, 45, 0, TimeSpan.Zero));

        await harness.ReminderJob().RunAsync(harness.Time.GetUtcNow(), CancellationToken.None);

        Assert.Empty(await harness.OutboxAsync(Pk));
    }

    [Fact]
    public async Task Run_ScheduledCoordinationMeeting_RemindsItsParticipantsNotTheChannel()
    {
        await using var harness = MeetingsHarness.Local();
        var start = new DateTimeOffset(2026, 11, 30, 6, 0, 0, TimeSpan.Zero);
        var meeting = new CoordinationMeeting("coord-1", "交付延期", "sun-hao", ["zhang-wei"], 30) { State = MeetingState.Scheduled, Chosen = new TimeRange(start, start.AddMinutes(30)) };
        await harness.Store.CreateAsync(StorageContainers.Meetings, MeetingDocuments.CoordinationKey("coord-1"), meeting, CancellationToken.None);
        harness.Time.SetUtcNow(start.AddMinutes(-10));

        await harness.ReminderJob().RunAsync(harness.Time.GetUtcNow(), CancellationToken.None);
        await harness.ReminderJob().RunAsync(harness.Time.GetUtcNow(), CancellationToken.None);

        Assert.Equal(["sun-hao", "zhang-wei"], (await harness.OutboxAsync("coord-1")).Select(m => m.Target.Id).Order());
    }
}
