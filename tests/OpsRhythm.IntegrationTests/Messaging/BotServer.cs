using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.IntegrationTests.Messaging;

/// <summary>
/// The real bot (Program.cs) on Kestrel at a dynamic loopback port, with no app id (a local run)
/// and its own SQLite file, deleted afterwards.
/// </summary>
public sealed class BotServer : WebApplicationFactory<Program>
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "opsrhythm-bot-" + Guid.NewGuid().ToString("N"));

    public BotServer() =>
        // An explicit listener wins over the bot's default address, so tests never take port 3978.
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));

    public IDocumentStore Store => Services.GetRequiredService<IDocumentStore>();

    public HttpClient CreateLoopbackClient()
    {
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new HttpClient { BaseAddress = new Uri(address) };
    }

    public static async Task<HttpResponseMessage> PostActivityAsync(HttpClient client, object activity) =>
        await client.PostAsJsonAsync("/api/messages", activity);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Storage:Sqlite:Path", Path.Combine(_directory, "bot.db"));
        builder.UseSetting("BotConnector:MaxRetryAttempts", "1");
        builder.UseSetting("BotConnector:RetryBaseDelay", "00:00:00.010");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
