using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.IntegrationTests.Extension;

/// <summary>
/// The real bot (Program.cs, the sample company) on Kestrel at a loopback port with its own SQLite file, failing
/// any query across partitions on a user's turn, as the message extension's invokes must never run one.
/// </summary>
public sealed class ExtensionServer : WebApplicationFactory<Program>
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "opsrhythm-msgext-" + Guid.NewGuid().ToString("N"));

    public ExtensionServer() => UseKestrel(o => o.Listen(IPAddress.Loopback, 0));

    public IDocumentStore Store => Services.GetRequiredService<IDocumentStore>();

    public HttpClient CreateLoopbackClient()
    {
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new HttpClient { BaseAddress = new Uri(address) };
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Storage:Sqlite:Path", Path.Combine(_directory, "bot.db"));
        builder.UseSetting("Storage:Sqlite:FailOnCrossPartitionHotPath", "true");
        builder.UseSetting("Scheduling:Enabled", "false");
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
