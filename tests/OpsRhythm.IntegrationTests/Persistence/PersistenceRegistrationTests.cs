using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpsRhythm.Bot.Persistence;
using OpsRhythm.Storage.Contract;
using OpsRhythm.Storage.Sqlite;

namespace OpsRhythm.IntegrationTests.Persistence;

/// <summary>AddPersistence on a real host: the default store, and start-time failures that name the setting.</summary>
public sealed class PersistenceRegistrationTests : IDisposable
{
    private readonly string _contentRoot = Path.Combine(Path.GetTempPath(), "opsrhythm-persistence-" + Guid.NewGuid().ToString("N"));

    public PersistenceRegistrationTests() => Directory.CreateDirectory(_contentRoot);

    [Fact]
    public async Task AddPersistence_NoSettings_UsesSqliteFileUnderContentRootData()
    {
        await using var app = Build([]);
        await app.StartAsync();

        var store = app.Services.GetRequiredService<IDocumentStore>();
        await store.UpsertAsync(StorageContainers.Organisation, new DocumentKey("org", "settings"), new { Name = "运营" }, CancellationToken.None);

        Assert.IsType<SqliteDocumentStore>(IDocumentStoreDecorator.Innermost(store));
        Assert.True(File.Exists(Path.Combine(_contentRoot, "data", "opsrhythm.db")));
        Assert.NotNull(app.Services.GetRequiredService<ChangeWriter>());
        await app.StopAsync();
    }

    [Fact]
    public async Task AddPersistence_CosmosWithoutEndpoint_FailsAtStartNamingTheSetting()
    {
        await using var app = Build(new() { ["Storage:Provider"] = "Cosmos" });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains("Storage:Cosmos:Endpoint", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddPersistence_UnknownProvider_FailsAtStartNamingTheSetting()
    {
        await using var app = Build(new() { ["Storage:Provider"] = "Mongo" });

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => app.StartAsync());

        Assert.Contains("Storage:Provider", error.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_contentRoot, recursive: true);
    }

    private WebApplication Build(Dictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = _contentRoot, EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddPersistence();
        return builder.Build();
    }
}
