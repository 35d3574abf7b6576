using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using OpsRhythm.Bot.Scheduling;
using OpsRhythm.IntegrationTests.Organisation;
using OpsRhythm.IntegrationTests.Storage;

namespace OpsRhythm.IntegrationTests.Scheduling;

public sealed class JobSchedulerTests : IDisposable
{
    private readonly SqliteStoreFixture _sqlite = new();
    private readonly FakeTimeProvider _time = new();

    public void Dispose() => _sqlite.Dispose();

    [Fact]
    public async Task RunDue_LastDayOfMonthInShanghai_RunsAtLocalNineOnNovember30()
    {
        var job = new CountingJob("month-end", "0 9 L * *");
        _time.SetUtcNow(new DateTimeOffset(2026, 11, 29, 12, 0, 0, TimeSpan.Zero));
        var scheduler = Scheduler(job);
        await scheduler.CatchUpAsync(CancellationToken.None);

        await StepAsync(scheduler, until: new DateTimeOffset(2026, 12, 2, 0, 0, 0, TimeSpan.Zero), TimeSpan.FromMinutes(30));

        Assert.Equal([new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.FromHours(8))], job.Runs);
    }

    [Fact]
    public async Task RunDue_NewYearInShanghai_RunsWhenUtcIsStillTheOldYear()
    {
        var job = new CountingJob("new-year", "0 0 1 1 *");
        _time.SetUtcNow(new DateTimeOffset(2026, 12, 31, 15, 0, 0, TimeSpan.Zero));
        var scheduler = Scheduler(job);
        await scheduler.CatchUpAsync(CancellationToken.None);

        await StepAsync(scheduler, until: new DateTimeOffset(2026, 12, 31, 17, 0, 0, TimeSpan.Zero), TimeSpan.FromMinutes(10));

        var run = Assert.Single(job.Runs);
        Assert.Equal(new DateTimeOffset(2026, 12, 31, 16, 0, 0, TimeSpan.Zero), run);
    }

    [Fact]
    public async Task RunDue_AttendeeInNewYorkAcrossDaylightSavingEnd_RunsAtLocalNineEachDayOnce()
    {
        var job = new CountingJob("reminder-ny", "0 9 * * *", "America/New_York");
        var ambiguous = new CountingJob("ambiguous-ny", "30 1 * * *", "America/New_York");
        _time.SetUtcNow(new DateTimeOffset(2026, 10, 31, 0, 0, 0, TimeSpan.Zero));
        var scheduler = Scheduler(job, ambiguous);
        await scheduler.CatchUpAsync(CancellationToken.None);

        await StepAsync(scheduler, until: new DateTimeOffset(2026, 11, 3, 0, 0, 0, TimeSpan.Zero), TimeSpan.FromMinutes(15));

        Assert.Equal(
            [
                new DateTimeOffset(2026, 10, 31, 13, 0, 0, TimeSpan.Zero),
                new DateTimeOffset(2026, 11, 1, 14, 0, 0, TimeSpan.Zero),
                new DateTimeOffset(2026, 11, 2, 14, 0, 0, TimeSpan.Zero),
            ],
            job.Runs);

        // 01:30 happens twice on 1 November in New York; the job runs once that day.
        Assert.Equal(3, ambiguous.Runs.Count);
        Assert.Single(ambiguous.Runs, r => TimeZoneInfo.ConvertTime(r, TimeZoneInfo.FindSystemTimeZoneById("America/New_York")).Day == 1);
    }

    [Fact]
    public async Task CatchUp_AfterDowntimeWithinWindow_RunsTheMissedOccurrenceOnceAcrossRestarts()
    {
        var job = new CountingJob("weekly", "0 17 * * 5");
        _time.SetUtcNow(new DateTimeOffset(2026, 11, 27, 8, 50, 0, TimeSpan.Zero));
        await Scheduler(job).CatchUpAsync(CancellationToken.None);
        Assert.Empty(job.Runs);

        // Down over Friday 17:00 Shanghai (09:00 UTC), back 90 minutes later, then restarted again.
        _time.SetUtcNow(new DateTimeOffset(2026, 11, 27, 10, 30, 0, TimeSpan.Zero));
        var first = await Scheduler(job).CatchUpAsync(CancellationToken.None);
        var second = await Scheduler(job).CatchUpAsync(CancellationToken.None);

        Assert.Equal([new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero)], job.Runs);
        Assert.Single(first);
        Assert.Empty(second);
    }

    [Fact]
    public async Task CatchUp_OccurrenceOlderThanWindow_IsNotRun()
    {
        var job = new CountingJob("weekly", "0 17 * * 5");
        _time.SetUtcNow(new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero));

        await Scheduler(job).CatchUpAsync(CancellationToken.None);

        Assert.Empty(job.Runs);
    }

    [Fact]
    public async Task RunDue_TwoInstancesRacingForOneOccurrence_RunItOnce()
    {
        var job = new CountingJob("race", "*/5 * * * *");
        _time.SetUtcNow(new DateTimeOffset(2026, 11, 27, 1, 58, 0, TimeSpan.Zero));
        var one = Scheduler(job);
        var two = Scheduler(job);
        await Task.WhenAll(one.CatchUpAsync(CancellationToken.None), two.CatchUpAsync(CancellationToken.None));
        job.Runs.Clear();

        _time.Advance(TimeSpan.FromMinutes(2));
        var runs = await Task.WhenAll(one.RunDueAsync(CancellationToken.None), two.RunDueAsync(CancellationToken.None));

        Assert.Single(job.Runs);
        Assert.Equal(1, runs.Sum(r => r.Count));
    }

    [Fact]
    public async Task RunDue_RunThatNeverFinished_IsTakenOverAfterTheRunTimeout()
    {
        var job = new CountingJob("stuck", "0 * * * *");
        var occurrence = new DateTimeOffset(2026, 11, 27, 2, 0, 0, TimeSpan.Zero);
        await _sqlite.Store.CreateAsync(OpsRhythm.Storage.Contract.StorageContainers.Jobs, new OpsRhythm.Storage.Contract.DocumentKey("stuck", JobOccurrence.IdOf(occurrence)),
            new JobOccurrence("stuck", occurrence, "dead-instance", occurrence), CancellationToken.None);
        _time.SetUtcNow(occurrence.AddMinutes(45));

        await Scheduler(job).CatchUpAsync(CancellationToken.None);

        Assert.Equal([occurrence], job.Runs);
    }

    [Fact]
    public async Task RunDue_OrganisationInNewYorkConfigShanghai_RunsAtNineInNewYorkAndFollowsAChange()
    {
        var job = new CountingJob("status-prompt", "0 9 * * *");
        var organisation = new InMemoryOrganisationDirectory(InMemoryOrganisationDirectory.Sample with { TimeZone = "America/New_York" });
        _time.SetUtcNow(new DateTimeOffset(2026, 11, 26, 0, 0, 0, TimeSpan.Zero));
        var scheduler = Scheduler(organisation, job);
        await scheduler.CatchUpAsync(CancellationToken.None);

        await StepAsync(scheduler, until: new DateTimeOffset(2026, 11, 27, 0, 0, 0, TimeSpan.Zero), TimeSpan.FromMinutes(30));
        organisation.Profile = organisation.Profile with { TimeZone = "Europe/Berlin" };
        await StepAsync(scheduler, until: new DateTimeOffset(2026, 11, 28, 0, 0, 0, TimeSpan.Zero), TimeSpan.FromMinutes(30));

        Assert.Equal([new DateTimeOffset(2026, 11, 26, 14, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 27, 8, 0, 0, TimeSpan.Zero)], job.Runs);
    }

    [Fact]
    public async Task RunDue_OrganisationZoneUnknown_ConfiguredZoneIsTheFallback()
    {
        var job = new CountingJob("status-prompt", "0 9 * * *");
        var organisation = new InMemoryOrganisationDirectory(InMemoryOrganisationDirectory.Sample with { TimeZone = "Mars/Olympus_Mons" });
        _time.SetUtcNow(new DateTimeOffset(2026, 11, 26, 0, 0, 0, TimeSpan.Zero));
        var scheduler = Scheduler(organisation, job, new SchedulingOptions { TimeZone = "Europe/London" });
        await scheduler.CatchUpAsync(CancellationToken.None);

        await StepAsync(scheduler, until: new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero), TimeSpan.FromMinutes(30));

        Assert.Equal([new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero)], job.Runs);
    }

    /// <summary>A scheduler for the sample organisation (Asia/Shanghai), the configured fallback left at its default.</summary>
    private JobScheduler Scheduler(params IScheduledJob[] jobs) =>
        Scheduler(new InMemoryOrganisationDirectory(InMemoryOrganisationDirectory.Sample), jobs, new SchedulingOptions());

    private JobScheduler Scheduler(InMemoryOrganisationDirectory organisation, IScheduledJob job, SchedulingOptions? options = null) =>
        Scheduler(organisation, [job], options ?? new SchedulingOptions());

    private JobScheduler Scheduler(InMemoryOrganisationDirectory organisation, IScheduledJob[] jobs, SchedulingOptions options)
    {
        var configured = Options.Create(options);
        var zone = new OrganisationScheduleTimeZone(organisation, configured, NullLogger<OrganisationScheduleTimeZone>.Instance);
        return new(jobs, zone, _sqlite.Store, configured, _time, NullLogger<JobScheduler>.Instance);
    }

    private async Task StepAsync(JobScheduler scheduler, DateTimeOffset until, TimeSpan step)
    {
        while (_time.GetUtcNow() < until)
        {
            _time.Advance(step);
            await scheduler.RunDueAsync(CancellationToken.None);
        }
    }
}
