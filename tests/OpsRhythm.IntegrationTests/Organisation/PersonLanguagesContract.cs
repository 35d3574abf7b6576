using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using OpsRhythm.Bot.Organisation;
using OpsRhythm.Bot.Organisation.Languages;
using OpsRhythm.Bot.Persistence;
using OpsRhythm.Domain.Auditing;
using OpsRhythm.IntegrationTests.Storage;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.IntegrationTests.Organisation;

/// <summary>
/// The language a person typed in is stored with the organisation, not held by one instance: another
/// instance and a restarted one read it, two instances remembering different people at once keep both,
/// and each change is audited. Run on SQLite and on the Cosmos DB-compatible server.
/// </summary>
public abstract class PersonLanguagesContract
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 1, 0, 0, TimeSpan.Zero);

    protected abstract IDocumentStore Store { get; }

    [ContractFact]
    public async Task RememberAsync_ByOneInstance_IsReadByAnotherAndAfterARestart()
    {
        var person = "p-" + Guid.NewGuid().ToString("N");
        var first = Instance();
        var other = Instance();
        Assert.Null((await other.ForAsync(InMemoryOrganisationDirectory.Sample, CancellationToken.None)).RememberedFor(person));

        await first.RememberAsync(person, "en-US", CancellationToken.None);

        Assert.Equal("en-US", (await first.ForAsync(InMemoryOrganisationDirectory.Sample, CancellationToken.None)).RememberedFor(person));
        Assert.Equal("en-US", (await Instance().ForAsync(InMemoryOrganisationDirectory.Sample, CancellationToken.None)).RememberedFor(person));
    }

    [ContractFact]
    public async Task RememberAsync_TwoInstancesRememberingDifferentPeopleAtOnce_KeepsBoth()
    {
        var one = "p-" + Guid.NewGuid().ToString("N");
        var two = "p-" + Guid.NewGuid().ToString("N");
        var first = Instance();
        var second = Instance();
        await first.ForAsync(InMemoryOrganisationDirectory.Sample, CancellationToken.None);
        await second.ForAsync(InMemoryOrganisationDirectory.Sample, CancellationToken.None);

        await Task.WhenAll(first.RememberAsync(one, "en-US", CancellationToken.None), second.RememberAsync(two, "zh-CN", CancellationToken.None));

        var read = await Instance().ForAsync(InMemoryOrganisationDirectory.Sample, CancellationToken.None);
        Assert.Equal("en-US", read.RememberedFor(one));
        Assert.Equal("zh-CN", read.RememberedFor(two));
    }

    [ContractFact]
    public async Task RememberAsync_AChange_IsAuditedOnce_AndTheSameLanguageAgainWritesNothing()
    {
        var person = "p-" + Guid.NewGuid().ToString("N");
        var languages = Instance();
        await languages.RememberAsync(person, "en-US", CancellationToken.None);
        var etag = (await Store.ReadAsync<RememberedLanguages>(StorageContainers.Organisation, PersonLanguages.Key, CancellationToken.None))!.ETag;

        await languages.RememberAsync(person, "en-US", CancellationToken.None);
        await Instance().RememberAsync(person, "en-US", CancellationToken.None);
        await languages.RememberAsync(person, "zh-CN", CancellationToken.None);

        var audit = new List<AuditEvent>();
        await foreach (var stored in Store.QueryAsync<AuditEvent>(StorageContainers.Organisation, OrganisationDirectory.PartitionKey, DocumentQuery.Of<AuditEvent>(), CancellationToken.None))
        {
            if (stored.Value.EntityId == person)
            {
                audit.Add(stored.Value);
            }
        }

        Assert.Equal(["en-US", "zh-CN"], audit.OrderBy(a => a.Details["language"], StringComparer.Ordinal).Select(a => a.Details["language"]));
        Assert.All(audit, a => Assert.Equal(person, a.ActorPersonId));
        Assert.NotEqual(etag, (await Store.ReadAsync<RememberedLanguages>(StorageContainers.Organisation, PersonLanguages.Key, CancellationToken.None))!.ETag);
        Assert.Equal("zh-CN", (await Instance().ForAsync(InMemoryOrganisationDirectory.Sample, CancellationToken.None)).RememberedFor(person));
    }

    private PersonLanguages Instance() =>
        new(Store, new ChangeWriter(Store), new FakeTimeProvider(Now), NullLogger<PersonLanguages>.Instance);
}
