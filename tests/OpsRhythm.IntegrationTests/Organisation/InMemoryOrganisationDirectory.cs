using System.Text.Json;
using OpsRhythm.Bot.Organisation;
using OpsRhythm.Domain.Auditing;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.IntegrationTests.Organisation;

/// <summary>An organisation profile held in memory, which a test may change (e.g. the administrator moves the time zone).</summary>
public sealed class InMemoryOrganisationDirectory(OrganisationProfile profile) : IOrganisationDirectory
{
    /// <summary>The sample organisation the bot seeds (bot/OpsRhythm.Bot/Organisation/sample-organisation.json).</summary>
    public static OrganisationProfile Sample { get; } =
        JsonSerializer.Deserialize<OrganisationProfile>(File.ReadAllText(OrganisationSeed.DefaultFile), OrganisationSeed.JsonOptions)!;

    public OrganisationProfile Profile { get; set; } = profile;

    public Task<OrganisationProfile> GetAsync(CancellationToken cancellationToken) => Task.FromResult(Profile);

    public Task<StoredDocument<OrganisationProfile>> GetStoredAsync(CancellationToken cancellationToken) =>
        Task.FromResult(new StoredDocument<OrganisationProfile>(OrganisationDirectory.ProfileKey, Profile, "etag"));

    public Task<StoredDocument<OrganisationProfile>> SaveAsync(OrganisationProfile profile, string ifMatchETag, IReadOnlyList<AuditEvent> audit, CancellationToken cancellationToken) =>
        throw new NotSupportedException();
}
