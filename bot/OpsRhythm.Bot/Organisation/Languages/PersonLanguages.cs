using OpsRhythm.Bot.Persistence;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Workflow;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Organisation.Languages;

/// <summary>
/// <see cref="RememberedLanguages"/> in the organisation container, cached per instance like the
/// profile: a change made through this instance is seen at once, one made by another instance within
/// <see cref="OrganisationDirectory.CacheLifetime"/>. A change is a replace under the document's ETag
/// with its audit event; a concurrent change (another person, another instance) is re-read and retried.
/// </summary>
internal sealed partial class PersonLanguages(IDocumentStore store, ChangeWriter writer, TimeProvider time, ILogger<PersonLanguages> logger) : IPersonLanguages
{
    public static readonly DocumentKey Key = new(OrganisationDirectory.PartitionKey, "languages");

    private const int Attempts = 5;

    private volatile Cached? _cached;

    public async Task<RecipientLanguages> ForAsync(OrganisationProfile organisation, CancellationToken cancellationToken)
    {
        if (_cached is not { } cached || time.GetUtcNow() >= cached.ExpiresAt)
        {
            cached = Cache(await store.ReadAsync<RememberedLanguages>(StorageContainers.Organisation, Key, cancellationToken));
        }

        return new RecipientLanguages(organisation, cached.Languages.ByPerson);
    }

    public async Task RememberAsync(string personId, string language, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(personId);
        ArgumentException.ThrowIfNullOrEmpty(language);
        if (_cached is { } cached && time.GetUtcNow() < cached.ExpiresAt && cached.Languages.ByPerson.GetValueOrDefault(personId) == language)
        {
            return;
        }

        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var current = await store.ReadAsync<RememberedLanguages>(StorageContainers.Organisation, Key, cancellationToken);
            if (current?.Value.ByPerson.GetValueOrDefault(personId) == language)
            {
                Cache(current);
                return;
            }

            var now = time.GetUtcNow();
            var change = new Change<RememberedLanguages>(StorageContainers.Organisation, Key, (current?.Value ?? RememberedLanguages.Empty).With(personId, language), current?.ETag)
            {
                Audit = AuditTrail.Of(nameof(Person), personId, [new WorkflowEvent("language-remembered") { Details = new Dictionary<string, string>(StringComparer.Ordinal) { ["language"] = language } }], personId, now),
            };
            try
            {
                Cache(await writer.CommitAsync(change, cancellationToken));
                return;
            }
            catch (Exception e) when (e is DocumentPreconditionFailedException or DocumentConflictException)
            {
                // Someone else's language was remembered in between: read theirs and add ours to it.
            }
        }

        // The turn is still answered in what they typed; the next message they type tries again.
        LogNotRemembered(logger, Attempts);
    }

    private Cached Cache(StoredDocument<RememberedLanguages>? document)
    {
        var cached = new Cached(document?.Value ?? RememberedLanguages.Empty, time.GetUtcNow() + OrganisationDirectory.CacheLifetime);
        _cached = cached;
        return cached;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A person's language was not remembered: the languages document changed under {Attempts} attempts in a row")]
    private static partial void LogNotRemembered(ILogger logger, int attempts);

    private sealed record Cached(RememberedLanguages Languages, DateTimeOffset ExpiresAt);
}
