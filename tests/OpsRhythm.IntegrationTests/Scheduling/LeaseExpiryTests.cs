using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using OpsRhythm.Bot.Persistence;
using OpsRhythm.Bot.Scheduling;
using OpsRhythm.IntegrationTests.Organisation;
using OpsRhythm.IntegrationTests.Storage;
using OpsRhythm.Storage.Contract;
using OpsRhythm.Storage.Sqlite;

namespace OpsRhythm.IntegrationTests.Scheduling;

/// <summary>Job leases carry a "ttl" and go away after it, on SQLite by the cleanup job (Cosmos DB expires them itself).</summary>
public sealed class LeaseExpiryTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "opsrhythm-tests-" + Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 27, 1, 58, 0, TimeSpan.Zero));
    private readonly SqliteDocumentStore _store;

    public LeaseExpiryTests()
    {
        _store = new SqliteDocumentStore(new SqliteStoreOptions { Path = Path.Combine(_directory, "store.db") }, _time);
    }

    public void Dispose()
    {
        _store.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task CleanupJob_LeaseOlderThanItsRetention_IsDeletedAndYoungerOnesAndDocumentsWithoutTtlStay()
    {
        var job = new CountingJob("digest", "*/5 * * * *");
        var options = Options.Create(new SchedulingOptions { LeaseRetention = TimeSpan.FromDays(30) });
        var zone = new OrganisationScheduleTimeZone(new InMemoryOrganisationDirectory(InMemoryOrganisationDirectory.Sample), options, NullLogger<OrganisationScheduleTimeZone>.Instance);
        var scheduler = new JobScheduler([job], zone, _store, options, _time, NullLogger<JobScheduler>.Instance);
        await scheduler.CatchUpAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(5));
        var ran = Assert.Single(await scheduler.RunDueAsync(CancellationToken.None));
        var key = new DocumentKey("digest", JobOccurrence.IdOf(ran.Occurrence));
        var other = new DocumentKey("digest", "no-ttl");
        await _store.CreateAsync(StorageContainers.Jobs, other, new ContractItem("kept", 1), CancellationToken.None);
        var cleanup = new ExpiredDocumentsCleanupJob(_store, NullLogger<ExpiredDocumentsCleanupJob>.Instance);

        Assert.Equal((int)TimeSpan.FromDays(30).TotalSeconds, (await _store.ReadAsync<JobOccurrence>(StorageContainers.Jobs, key, CancellationToken.None))!.Value.Ttl);
        _time.Advance(TimeSpan.FromDays(29));
        await cleanup.RunAsync(_time.GetUtcNow(), CancellationToken.None);
        Assert.NotNull(await _store.ReadAsync<JobOccurrence>(StorageContainers.Jobs, key, CancellationToken.None));

        _time.Advance(TimeSpan.FromDays(2));
        await cleanup.RunAsync(_time.GetUtcNow(), CancellationToken.None);
        Assert.Null(await _store.ReadAsync<JobOccurrence>(StorageContainers.Jobs, key, CancellationToken.None));
        Assert.NotNull(await _store.ReadAsync<ContractItem>(StorageContainers.Jobs, other, CancellationToken.None));
    }
}
