using System.Net.Http.Json;
using System.Text.Json;
using OpsRhythm.Bot.Organisation;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Domain.Auditing;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.IntegrationTests.Messaging;

/// <summary>An administrator maintains the organisation through cards; the real SQLite store holds the result.</summary>
public sealed class OrganisationMaintenanceTests : IClassFixture<BotServer>, IAsyncLifetime
{
    private readonly BotServer _bot;
    private readonly HttpClient _client;
    private FakeConnector _connector = null!;

    public OrganisationMaintenanceTests(BotServer bot)
    {
        _bot = bot;
        _client = bot.CreateLoopbackClient();
    }

    public async Task InitializeAsync() => _connector = await FakeConnector.StartAsync();

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task SaveSettings_InvalidThenValidThenStale_ValidatesStoresAuditsAndDetectsStaleCard()
    {
        await BotServer.PostActivityAsync(_client, TestActivity.Message(_connector.ServiceUrl, "admin-chat", "组织架构"));
        var seeded = await ReadProfileAsync();
        Assert.Contains("org.settings.form", Assert.Single(_connector.Requests).Card.GetRawText(), StringComparison.Ordinal);

        var invalid = await SaveSettingsAsync(seeded.ETag, "Mars/Olympus");
        Assert.Contains(Localizer.ZhCn.Format("Organisation.Error.TimeZone", "Mars/Olympus"), invalid, StringComparison.Ordinal);
        Assert.Equal(seeded.ETag, (await ReadProfileAsync()).ETag);

        var saved = await SaveSettingsAsync(seeded.ETag, "Europe/Berlin");
        Assert.Contains(Localizer.ZhCn["Organisation.Saved"], saved, StringComparison.Ordinal);
        var stored = await ReadProfileAsync();
        Assert.Equal("Europe/Berlin", stored.Value.TimeZone);
        var audit = await _bot.Store.QueryAsync<AuditEvent>(
            StorageContainers.Organisation, OrganisationDirectory.PartitionKey, DocumentQuery.Of<AuditEvent>().Where("action", "settings.updated"), CancellationToken.None).ToListAsync();
        Assert.Equal("wang-min", Assert.Single(audit).Value.ActorPersonId);

        var stale = await SaveSettingsAsync(seeded.ETag, "Asia/Tokyo");
        Assert.Contains(Localizer.ZhCn["Common.Rejection.StaleVersion"], stale, StringComparison.Ordinal);
        Assert.Equal("Europe/Berlin", (await ReadProfileAsync()).Value.TimeZone);
    }

    private async Task<string> SaveSettingsAsync(string version, string timeZone)
    {
        var data = new Dictionary<string, string> { ["id"] = "organisation", ["v"] = version, ["timeZone"] = timeZone, ["opsChannel"] = "channel-ops" };
        using var response = await BotServer.PostActivityAsync(_client, TestActivity.Invoke(_connector.ServiceUrl, "admin-chat", "org.settings.save", data));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(200, body.GetProperty("statusCode").GetInt32());
        return body.GetProperty("value").GetRawText();
    }

    private async Task<StoredDocument<OrganisationProfile>> ReadProfileAsync() =>
        (await _bot.Store.ReadAsync<OrganisationProfile>(StorageContainers.Organisation, OrganisationDirectory.ProfileKey, CancellationToken.None))!;
}
