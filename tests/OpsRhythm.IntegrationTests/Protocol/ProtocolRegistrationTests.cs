using System.Net;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OpsRhythm.Protocol;
using OpsRhythm.Protocol.Auth;

namespace OpsRhythm.IntegrationTests.Protocol;

/// <summary>The bot as configured for Azure (an app id): tokens are required, and an incomplete identity stops the start.</summary>
public sealed class ProtocolRegistrationTests
{
    private const string Message =
        """{"type":"message","serviceUrl":"https://smba.trafficmanager.net/apac/","channelId":"msteams","from":{"id":"29:1"},"recipient":{"id":"28:bot"},"conversation":{"id":"a:1"},"channelData":{"tenant":{"id":"tenant-1"}},"text":"help"}""";

    [Fact]
    public async Task PostActivity_AppIdConfiguredWithoutToken_Answers401()
    {
        await using var bot = new ConfiguredBot(tenantId: "tenant-1");
        using var client = bot.CreateClient();

        using var response = await client.PostAsync(new Uri("/api/messages", UriKind.Relative), new StringContent(Message, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.IsType<BotFrameworkJwtAuthenticator>(bot.Services.GetRequiredService<IInboundAuthenticator>());
    }

    [Fact]
    public async Task PostActivity_AppIdConfiguredWithGarbageToken_Answers403()
    {
        await using var bot = new ConfiguredBot(tenantId: "tenant-1");
        using var client = bot.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/messages", UriKind.Relative))
        {
            Content = new StringContent(Message, Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "eyJhbGciOiJub25lIn0.e30.");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    /// <summary>
    /// On a host of its own rather than through WebApplicationFactory: when the app's start throws, the factory
    /// can lose the race with the entry point disposing the host and report ObjectDisposedException instead of
    /// the start's error (seen once in CI), so the error this test is about would be hidden.
    /// </summary>
    [Fact]
    public async Task Start_SingleTenantWithoutTenantId_FailsNamingTheSetting()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Development" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppId"] = BotFrameworkJwtAuthenticatorTests.AppId,
            ["MicrosoftAppPassword"] = "not-used-by-these-tests",
            ["MicrosoftAppTenantId"] = string.Empty,
        });
        builder.Services.AddBotFrameworkProtocol(builder.Configuration);
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("MicrosoftAppTenantId", error.Message, StringComparison.Ordinal);
    }

    private sealed class ConfiguredBot(string tenantId) : WebApplicationFactory<Program>
    {
        private readonly string _directory = Path.Combine(Path.GetTempPath(), "opsrhythm-configured-" + Guid.NewGuid().ToString("N"));

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("MicrosoftAppType", "SingleTenant");
            builder.UseSetting("MicrosoftAppId", BotFrameworkJwtAuthenticatorTests.AppId);
            builder.UseSetting("MicrosoftAppPassword", "not-used-by-these-tests");
            builder.UseSetting("MicrosoftAppTenantId", tenantId);
            builder.UseSetting("Storage:Sqlite:Path", Path.Combine(_directory, "bot.db"));
            builder.UseSetting("Organisation:SampleData", "true");
        }

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            if (Directory.Exists(_directory))
            {
                Directory.Delete(_directory, recursive: true);
            }
        }
    }
}
