using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using OpsRhythm.Bot.Scheduling;
using OpsRhythm.IntegrationTests.Organisation;
using OpsRhythm.IntegrationTests.Storage;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.IntegrationTests.Scheduling;

/// <summary>
/// The scheduler's leases on each store: a missed occurrence caught up once across restarts, two
/// instances racing for one occurrence, a run that never finished taken over. Zones and calendars stay in
/// <see cref="JobSchedulerTests"/> (SQLite): they do not touch the store.
/// </summary>
public abstract class JobSchedulerContract
{
    private readonly FakeTimeProvider _time = new();

    protected abstract IDocumentStore Store { get; }

    [ContractFact]
    public async Task Leases_CatchUpRaceAndTakeOver_EachOccurrenceRunsOnce()
    {
        var race = new CountingJob("race-" + Guid.NewGuid().ToString("N")[..8], "*/5 * * * *");
        _time.SetUtcNow(new DateTimeOffset(2026, 11, 27, 1, 58, 0, TimeSpan.Zero));
        var one = Scheduler(race);
        var two = Scheduler(race);
        await Task.WhenAll(one.CatchUpAsync(CancellationToken.None), two.CatchUpAsync(CancellationToken.None));
        race.Runs.Clear();
        _time.Advance(TimeSpan.FromMinutes(2));
        var runs = await Task.WhenAll(one.RunDueAsync(CancellationToken.None), two.RunDueAsync(CancellationToken.None));
        Assert.Single(race.Runs);
        Assert.Equal(1, runs.Sum(r => r.Count));

        var stuck = new CountingJob("stuck-" + Guid.NewGuid().ToString("N")[..8], "0 * * * *");
        var occurrence = new DateTimeOffset(2026, 11, 27, 2, 0, 0, TimeSpan.Zero);
        await Store.CreateAsync(StorageContainers.Jobs, new DocumentKey(stuck.Name, JobOccurrence.IdOf(occurrence)),
            new JobOccurrence(stuck.Name, occurrence, "dead-instance", occurrence), CancellationToken.None);
        _time.SetUtcNow(occurrence.AddMinutes(45));
        await Scheduler(stuck).CatchUpAsync(CancellationToken.None);
        Assert.Equal([occurrence], stuck.Runs);

        var weekly = new CountingJob("weekly-" + Guid.NewGuid().ToString("N")[..8], "0 17 * * 5");
        _time.SetUtcNow(new DateTimeOffset(2026, 11, 27, 10, 30, 0, TimeSpan.Zero));
        var first = await Scheduler(weekly).CatchUpAsync(CancellationToken.None);
        var second = await Scheduler(weekly).CatchUpAsync(CancellationToken.None);
        Assert.Equal([new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero)], weekly.Runs);
        Assert.Equal((1, 0), (first.Count, second.Count));
    }

    private JobScheduler Scheduler(IScheduledJob job)
    {
        var configured = Options.Create(new SchedulingOptions());
        var zone = new OrganisationScheduleTimeZone(new InMemoryOrganisationDirectory(InMemoryOrganisationDirectory.Sample), configured, NullLogger<OrganisationScheduleTimeZone>.Instance);
        return new([job], zone, Store, configured, _time, NullLogger<JobScheduler>.Instance);
    }
}
