using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using OpsRhythm.IntegrationTests.Protocol;
using OpsRhythm.Protocol.Connector;

namespace OpsRhythm.IntegrationTests.Security;

/// <summary>
/// The real bot (Program.cs) as it runs in Azure: an app id, so every activity needs a token, checked against
/// the local OpenID metadata of <paramref name="metadata"/>; the bot's own token from a stand-in for Entra. Only
/// <paramref name="allowedHost"/> (a loopback name, as tests need) is added to the connector allow-list.
/// </summary>
internal sealed class SignedBotServer(Uri metadata, string allowedHost) : WebApplicationFactory<Program>
{
    public const string AppId = BotFrameworkJwtAuthenticatorTests.AppId;
    public const string Tenant = "tenant-1";

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "opsrhythm-signed-" + Guid.NewGuid().ToString("N"));

    public FakeTokenSource BotCredential { get; } = new("the-bots-own-connector-token");

    public string DatabasePath => Path.Combine(_directory, "bot.db");

    public HttpClient CreateLoopbackClient()
    {
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new HttpClient { BaseAddress = new Uri(address) };
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("MicrosoftAppId", AppId);
        builder.UseSetting("Organisation:SampleData", "true");
        builder.UseSetting("MicrosoftAppPassword", "unused");
        builder.UseSetting("MicrosoftAppTenantId", Tenant);
        builder.UseSetting("BotOpenIdMetadata", new Uri(metadata, BotFrameworkKeys.MetadataPath).ToString());
        builder.UseSetting("EntraOpenIdMetadata", new Uri(metadata, BotFrameworkKeys.EntraMetadataPath).ToString());
        builder.UseSetting("BotConnector:AllowedServiceHosts:0", allowedHost);
        builder.UseSetting("BotConnector:MaxRetryAttempts", "1");
        builder.UseSetting("BotConnector:RetryBaseDelay", "00:00:00.010");
        builder.UseSetting("Scheduling:Enabled", "false");
        builder.UseSetting("Storage:Sqlite:Path", DatabasePath);
        builder.ConfigureTestServices(services =>
            services.AddSingleton<IBotTokenProvider>(new BotTokenProvider(BotCredential, TimeProvider.System)));
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
