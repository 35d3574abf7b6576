using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;
using OpsRhythm.Bot.Organisation;
using OpsRhythm.Bot.Persistence;
using OpsRhythm.Domain.Auditing;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.UnitTests.OrganisationMaintenance;

public sealed class OrganisationDirectoryTests
{
    private readonly Mock<IDocumentStore> _store = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero));
    private readonly OrganisationDirectory _directory;

    public OrganisationDirectoryTests()
    {
        var environment = new Mock<IHostEnvironment>();
        environment.SetupGet(e => e.ContentRootPath).Returns(AppContext.BaseDirectory);
        var seed = new OrganisationSeed(Options.Create(new OrganisationOptions()), environment.Object, LocalRunConfiguration());
        _directory = new OrganisationDirectory(_store.Object, new ChangeWriter(_store.Object), seed, _time, NullLogger<OrganisationDirectory>.Instance);
    }

    [Fact]
    public async Task GetAsync_EmptyStore_SeedsFromTheSampleFileOnce()
    {
        _store.Setup(s => s.CreateAsync(StorageContainers.Organisation, OrganisationDirectory.ProfileKey, It.IsAny<OrganisationProfile>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string _, DocumentKey key, OrganisationProfile value, CancellationToken _) => new StoredDocument<OrganisationProfile>(key, value, "etag-1"));

        var first = await _directory.GetAsync(CancellationToken.None);
        var second = await _directory.GetAsync(CancellationToken.None);

        Assert.Equal("华彩制造有限公司", first.CompanyName.ZhCn);
        Assert.Same(first, second);
        _store.Verify(s => s.CreateAsync(StorageContainers.Organisation, OrganisationDirectory.ProfileKey, It.IsAny<OrganisationProfile>(), It.IsAny<CancellationToken>()), Times.Once);
        _store.Verify(s => s.ReadAsync<OrganisationProfile>(StorageContainers.Organisation, OrganisationDirectory.ProfileKey, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task GetAsync_AfterCacheLifetime_ReadsTheStoreAgain()
    {
        var stored = new StoredDocument<OrganisationProfile>(OrganisationDirectory.ProfileKey, new OrganisationProfile { CompanyName = new("甲", "A") }, "etag-1");
        _store.Setup(s => s.ReadAsync<OrganisationProfile>(StorageContainers.Organisation, OrganisationDirectory.ProfileKey, It.IsAny<CancellationToken>())).ReturnsAsync(stored);

        await _directory.GetAsync(CancellationToken.None);
        _time.Advance(OrganisationDirectory.CacheLifetime + TimeSpan.FromSeconds(1));
        await _directory.GetAsync(CancellationToken.None);

        _store.Verify(s => s.ReadAsync<OrganisationProfile>(StorageContainers.Organisation, OrganisationDirectory.ProfileKey, It.IsAny<CancellationToken>()), Times.Exactly(2));
    }

    [Fact]
    public async Task SaveAsync_WritesProfileAndAuditInOneBatchAndServesTheNewVersion()
    {
        var saved = new OrganisationProfile { CompanyName = new("乙", "B") };
        var audit = new AuditEvent("audit:1", nameof(OrganisationProfile), "settings", "settings.updated", "wang-min", _time.GetUtcNow());
        IReadOnlyList<BatchOperation>? batch = null;
        _store.Setup(s => s.ExecuteBatchAsync(StorageContainers.Organisation, OrganisationDirectory.PartitionKey, It.IsAny<IReadOnlyList<BatchOperation>>(), It.IsAny<CancellationToken>()))
            .Callback<string, string, IReadOnlyList<BatchOperation>, CancellationToken>((_, _, operations, _) => batch = operations)
            .ReturnsAsync([new BatchItemResult("profile", "etag-2"), new BatchItemResult("audit:1", "etag-a")]);

        await _directory.SaveAsync(saved, "etag-1", [audit], CancellationToken.None);
        var current = await _directory.GetStoredAsync(CancellationToken.None);

        Assert.Collection(batch!,
            op => Assert.Equal("etag-1", Assert.IsType<BatchReplace>(op).IfMatchETag),
            op => Assert.Same(audit, Assert.IsType<BatchCreate>(op).Value));
        Assert.Equal("etag-2", current.ETag);
        Assert.Same(saved, current.Value);
        _store.Verify(s => s.ReadAsync<OrganisationProfile>(It.IsAny<string>(), It.IsAny<DocumentKey>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    /// <summary>No MicrosoftAppId: a local run, which starts with the sample company.</summary>
    internal static IConfiguration LocalRunConfiguration() =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["MicrosoftAppId"] = string.Empty }).Build();
}
