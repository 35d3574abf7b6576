using OpsRhythm.Bot.Organisation;
using OpsRhythm.Domain.Auditing;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.IntegrationTests.Improvement;

/// <summary>The organisation a job reads, fixed for a test.</summary>
internal sealed class FixedOrganisation(OrganisationProfile profile) : IOrganisationDirectory
{
    public Task<OrganisationProfile> GetAsync(CancellationToken cancellationToken) => Task.FromResult(profile);

    public Task<StoredDocument<OrganisationProfile>> GetStoredAsync(CancellationToken cancellationToken) =>
        Task.FromResult(new StoredDocument<OrganisationProfile>(OrganisationDirectory.ProfileKey, profile, "etag"));

    public Task<StoredDocument<OrganisationProfile>> SaveAsync(OrganisationProfile profile, string ifMatchETag, IReadOnlyList<AuditEvent> audit, CancellationToken cancellationToken) =>
        throw new NotSupportedException();
}
