using OpsRhythm.Bot.Persistence;
using OpsRhythm.Domain.Auditing;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Organisation;

/// <summary>
/// The organisation document, cached per instance. Saves through this instance refresh the cache at
/// once; saves by another instance are seen within <see cref="CacheLifetime"/>. An empty store is
/// seeded from <see cref="OrganisationSeed"/> on first read.
/// </summary>
internal sealed partial class OrganisationDirectory(
    IDocumentStore store,
    ChangeWriter writer,
    OrganisationSeed seed,
    TimeProvider time,
    ILogger<OrganisationDirectory> logger) : IOrganisationDirectory
{
    public const string PartitionKey = "org";

    public static readonly DocumentKey ProfileKey = new(PartitionKey, "profile");

    public static readonly TimeSpan CacheLifetime = TimeSpan.FromMinutes(1);

    private volatile CachedProfile? _cached;

    public async Task<OrganisationProfile> GetAsync(CancellationToken cancellationToken) =>
        (await GetStoredAsync(cancellationToken)).Value;

    public async Task<StoredDocument<OrganisationProfile>> GetStoredAsync(CancellationToken cancellationToken)
    {
        if (_cached is { } cached && time.GetUtcNow() < cached.ExpiresAt)
        {
            return cached.Document;
        }

        var document = await store.ReadAsync<OrganisationProfile>(StorageContainers.Organisation, ProfileKey, cancellationToken)
            ?? await SeedAsync(cancellationToken);
        Remember(document);
        return document;
    }

    public async Task<StoredDocument<OrganisationProfile>> SaveAsync(OrganisationProfile profile, string ifMatchETag, IReadOnlyList<AuditEvent> audit, CancellationToken cancellationToken)
    {
        try
        {
            var saved = await writer.CommitAsync(
                new Change<OrganisationProfile>(StorageContainers.Organisation, ProfileKey, profile, ifMatchETag) { Audit = audit },
                cancellationToken);
            Remember(saved);
            return saved;
        }
        catch (DocumentPreconditionFailedException)
        {
            _cached = null;
            throw;
        }
    }

    private async Task<StoredDocument<OrganisationProfile>> SeedAsync(CancellationToken cancellationToken)
    {
        var profile = await seed.LoadAsync(cancellationToken);
        try
        {
            var created = await store.CreateAsync(StorageContainers.Organisation, ProfileKey, profile, cancellationToken);
            LogSeeded(logger, seed.FilePath ?? "nothing (an empty organisation)", profile.Departments.Count, profile.People.Count);
            return created;
        }
        catch (DocumentConflictException)
        {
            // Another instance seeded it between our read and our create: theirs is as good as ours.
            return await store.ReadAsync<OrganisationProfile>(StorageContainers.Organisation, ProfileKey, cancellationToken)
                ?? throw new InvalidOperationException("The organisation document vanished right after it was created.");
        }
    }

    public void Remember(StoredDocument<OrganisationProfile> document)
    {
        ArgumentNullException.ThrowIfNull(document);
        _cached = new CachedProfile(document, time.GetUtcNow() + CacheLifetime);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Organisation seeded from {File}: {Departments} departments, {People} people")]
    private static partial void LogSeeded(ILogger logger, string file, int departments, int people);

    private sealed record CachedProfile(StoredDocument<OrganisationProfile> Document, DateTimeOffset ExpiresAt);
}
