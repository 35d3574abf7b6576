using OpsRhythm.Domain.Auditing;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Organisation;

/// <summary>
/// The organisation profile (departments, people, channels, time zone), read on every turn and
/// therefore cached; it is one document, pk "org", in the organisation container.
/// </summary>
internal interface IOrganisationDirectory
{
    Task<OrganisationProfile> GetAsync(CancellationToken cancellationToken);

    /// <summary>The profile with its ETag, for an edit that must not overwrite a concurrent one.</summary>
    Task<StoredDocument<OrganisationProfile>> GetStoredAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Replaces the profile if it is still at <paramref name="ifMatchETag"/>, with its audit events in
    /// the same batch; <see cref="DocumentPreconditionFailedException"/> when someone saved first.
    /// </summary>
    Task<StoredDocument<OrganisationProfile>> SaveAsync(OrganisationProfile profile, string ifMatchETag, IReadOnlyList<AuditEvent> audit, CancellationToken cancellationToken);

    /// <summary>
    /// The profile a card verb committed through the card pipeline (see <see cref="OrganisationChange"/>): read
    /// from now on. A directory that holds no copy (a test's fixed organisation) has nothing to do.
    /// </summary>
    void Remember(StoredDocument<OrganisationProfile> saved)
    {
    }

    /// <summary>A commit lost the race: a held copy is older than the store's, so the next read goes to the store.</summary>
    void Forget()
    {
    }
}
