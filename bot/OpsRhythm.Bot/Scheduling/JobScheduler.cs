using Cronos;
using Microsoft.Extensions.Options;
using OpsRhythm.Bot.Hosting.Telemetry;
using OpsRhythm.Domain.Time;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Scheduling;

/// <summary>
/// Runs every registered <see cref="IScheduledJob"/> at its cron occurrences, in the organisation's
/// time zone (<see cref="IScheduleTimeZone"/>, asked again on every pass so a changed profile applies
/// without a restart) or the job's own, with one lease document per occurrence so that among several
/// instances one runs it. On start the latest occurrence missed within the catch-up window is run.
/// </summary>
internal sealed class JobScheduler(
    IEnumerable<IScheduledJob> jobs,
    IScheduleTimeZone organisationZone,
    IDocumentStore store,
    IOptions<SchedulingOptions> options,
    TimeProvider timeProvider,
    ILogger<JobScheduler> logger) : BackgroundService
{
    /// <summary>Sleep at most this long, so a changed system clock is noticed.</summary>
    private static readonly TimeSpan LongestSleep = TimeSpan.FromMinutes(5);

    private readonly List<ScheduledEntry> _entries = jobs.Select(j => new ScheduledEntry(
        j,
        Cronos.CronExpression.Parse(j.CronExpression, CronFormat.Standard),
        j.TimeZone is { } own ? OrganisationZones.Find(own) : null)).ToList();

    private DateTimeOffset? _checkedUntil;

    private TimeZoneInfo _organisationZone = OrganisationZones.Find(options.Value.TimeZone);

    public string InstanceId { get; } = Guid.NewGuid().ToString("N");

    /// <summary>Runs the latest occurrence of each job missed within the catch-up window, unless another run took it.</summary>
    public async Task<IReadOnlyList<JobOccurrence>> CatchUpAsync(CancellationToken cancellationToken)
    {
        _organisationZone = await organisationZone.GetAsync(cancellationToken);
        var now = timeProvider.GetUtcNow();
        var from = now - options.Value.CatchUpWindow;
        var due = _entries
            .Select(e => (Entry: e, Occurrence: e.Cron.GetOccurrences(from, now, ZoneOf(e), fromInclusive: false, toInclusive: true).LastOrDefault()))
            .Where(d => d.Occurrence != default)
            .ToList();
        _checkedUntil = now;
        return await RunAllAsync(due, cancellationToken);
    }

    /// <summary>Runs every occurrence that fell due since the last pass.</summary>
    public async Task<IReadOnlyList<JobOccurrence>> RunDueAsync(CancellationToken cancellationToken)
    {
        _organisationZone = await organisationZone.GetAsync(cancellationToken);
        var now = timeProvider.GetUtcNow();
        var from = _checkedUntil ?? now;
        var due = _entries
            .SelectMany(e => e.Cron.GetOccurrences(from, now, ZoneOf(e), fromInclusive: false, toInclusive: true).Select(o => (Entry: e, Occurrence: o)))
            .OrderBy(d => d.Occurrence)
            .ToList();
        _checkedUntil = now;
        return await RunAllAsync(due, cancellationToken);
    }

    /// <summary>The next time any job falls due after the last pass.</summary>
    public DateTimeOffset? NextOccurrence()
    {
        var from = _checkedUntil ?? timeProvider.GetUtcNow();
        return _entries
            .Select(e => e.Cron.GetNextOccurrence(from, ZoneOf(e)))
            .Where(o => o is not null)
            .Min();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled || _entries.Count == 0)
        {
            return;
        }

        await PassAsync(CatchUpAsync, stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = (NextOccurrence() ?? timeProvider.GetUtcNow() + LongestSleep) - timeProvider.GetUtcNow();
            try
            {
                await Task.Delay(wait < TimeSpan.Zero ? TimeSpan.Zero : wait > LongestSleep ? LongestSleep : wait, timeProvider, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            await PassAsync(RunDueAsync, stoppingToken);
        }
    }

    private async Task PassAsync(Func<CancellationToken, Task<IReadOnlyList<JobOccurrence>>> pass, CancellationToken stoppingToken)
    {
        try
        {
            await pass(stoppingToken);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            logger.PassFailed(failure);
        }
    }

    private async Task<IReadOnlyList<JobOccurrence>> RunAllAsync(IReadOnlyList<(ScheduledEntry Entry, DateTimeOffset Occurrence)> due, CancellationToken cancellationToken)
    {
        var ran = new List<JobOccurrence>();
        foreach (var (entry, occurrence) in due)
        {
            if (await RunOnceAsync(entry.Job, occurrence, cancellationToken) is { } run)
            {
                ran.Add(run);
            }
        }

        return ran;
    }

    private async Task<JobOccurrence?> RunOnceAsync(IScheduledJob job, DateTimeOffset occurrence, CancellationToken cancellationToken)
    {
        var lease = await TakeLeaseAsync(job, occurrence, cancellationToken);
        if (lease is null)
        {
            return null;
        }

        logger.JobStarted(job.Name, occurrence);
        using var span = BotTelemetry.StartJob(job.Name);
        JobOccurrence finished;
        try
        {
            await job.RunAsync(occurrence, cancellationToken);
            finished = lease.Value with { CompletedAt = timeProvider.GetUtcNow() };
        }
        catch (Exception failure) when (failure is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.JobFailed(job.Name, occurrence, failure);
            finished = lease.Value with { CompletedAt = timeProvider.GetUtcNow(), Error = failure.Message };
        }

        BotTelemetry.JobEnded(span, job.Name, finished.Error is not null);

        try
        {
            await store.ReplaceAsync(StorageContainers.Jobs, lease.Key, finished, lease.ETag, CancellationToken.None);
        }
        catch (DocumentPreconditionFailedException)
        {
            // Taken over after the run timeout: that instance records its own outcome.
        }

        return finished;
    }

    private async Task<StoredDocument<JobOccurrence>?> TakeLeaseAsync(IScheduledJob job, DateTimeOffset occurrence, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var key = new DocumentKey(job.Name, JobOccurrence.IdOf(occurrence));
        var lease = new JobOccurrence(job.Name, occurrence, InstanceId, now) { Ttl = (int)options.Value.LeaseRetention.TotalSeconds };
        try
        {
            return await store.CreateAsync(StorageContainers.Jobs, key, lease, cancellationToken);
        }
        catch (DocumentConflictException)
        {
            var existing = await store.ReadAsync<JobOccurrence>(StorageContainers.Jobs, key, cancellationToken);
            if (existing is null || existing.Value.CompletedAt is not null || existing.Value.StartedAt + options.Value.RunTimeout > now)
            {
                return null;
            }

            // The instance that took it died mid-run: the first to replace it (ETag-guarded) runs it again.
            logger.TakingOver(job.Name, occurrence);
            try
            {
                return await store.ReplaceAsync(StorageContainers.Jobs, key, lease, existing.ETag, cancellationToken);
            }
            catch (DocumentPreconditionFailedException)
            {
                return null;
            }
        }
    }

    private TimeZoneInfo ZoneOf(ScheduledEntry entry) => entry.OwnZone ?? _organisationZone;

    /// <summary>A job with the zone it names itself, if any; the others follow the organisation's.</summary>
    private sealed record ScheduledEntry(IScheduledJob Job, Cronos.CronExpression Cron, TimeZoneInfo? OwnZone);
}
