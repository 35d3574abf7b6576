using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace OpsRhythm.IntegrationTests.Protocol;

/// <summary>
/// The real bot on Kestrel (no app id, called from loopback) must turn away malformed activities with a 4xx,
/// never a 5xx, and keep answering. Replies of the bodies that happen to be valid go to a local connector.
/// </summary>
public sealed class MessagesEndpointGarbageTests : IAsyncLifetime
{
    private const int Seed = 20261126;
    private const int Bodies = 1000;

    private LocalHttpServer _connector = null!;

    public async Task InitializeAsync() =>
        _connector = await LocalHttpServer.StartAsync(async context =>
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("""{"id":"reply-1"}""");
        });

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    [Fact]
    public async Task PostActivity_ThousandMalformedBodies_NeverAnswersServerErrorAndKeepsAnswering()
    {
        await using var bot = new LoopbackBot();
        using var client = bot.CreateLoopbackClient();
        var bodies = new GarbageActivityBodies(Seed, new Uri(_connector.BaseAddress, "/_connector"));

        var serverErrors = new List<string>();
        var index = 0;
        foreach (var (kind, body) in bodies.Take(Bodies))
        {
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            using var response = await client.PostAsync(new Uri("/api/messages", UriKind.Relative), content);
            if ((int)response.StatusCode >= 500 && !IsUnimplementedInvoke(response.StatusCode, body))
            {
                serverErrors.Add($"#{index} {kind} → {(int)response.StatusCode}: {Preview(body)}");
            }

            index++;
        }

        Assert.True(serverErrors.Count == 0, $"{serverErrors.Count} bodies got a 5xx (seed {Seed}):\n" + string.Join('\n', serverErrors.Take(20)));

        using var valid = new StringContent(
            $$"""{"type":"message","id":"after","serviceUrl":"{{new Uri(_connector.BaseAddress, "/_connector")}}","channelId":"msteams","from":{"id":"user-id-0"},"recipient":{"id":"bot-id"},"conversation":{"id":"personal-chat-id","conversationType":"personal"},"text":"help"}""",
            Encoding.UTF8,
            "application/json");
        using var afterwards = await client.PostAsync(new Uri("/api/messages", UriKind.Relative), valid);
        Assert.True(afterwards.IsSuccessStatusCode, $"The bot answered {(int)afterwards.StatusCode} to a valid message after the garbage.");
    }

    /// <summary>
    /// 501 is the Bot Framework's answer to a well-formed invoke whose name the bot does not implement
    /// (task/fetch, ...); any other 5xx is a defect.
    /// </summary>
    private static bool IsUnimplementedInvoke(HttpStatusCode status, byte[] body)
    {
        if (status != HttpStatusCode.NotImplemented)
        {
            return false;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            return root.ValueKind == JsonValueKind.Object
                && root.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() == "invoke"
                && (!root.TryGetProperty("name", out var name) || name.ValueKind != JsonValueKind.String || name.GetString() != "adaptiveCard/action");
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            return false;
        }
    }

    private static string Preview(byte[] body)
    {
        var text = Encoding.UTF8.GetString(body);
        return text.Length > 160 ? text[..160] + "…" : text;
    }

    /// <summary>The bot's Program on a dynamic loopback port, with its own SQLite file and no app id.</summary>
    private sealed class LoopbackBot : WebApplicationFactory<Program>
    {
        private readonly string _directory = Path.Combine(Path.GetTempPath(), "opsrhythm-garbage-" + Guid.NewGuid().ToString("N"));

        public LoopbackBot() => UseKestrel(o => o.Listen(IPAddress.Loopback, 0));

        public HttpClient CreateLoopbackClient()
        {
            StartServer();
            var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(60) };
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("MicrosoftAppId", string.Empty);
            builder.UseSetting("Storage:Sqlite:Path", Path.Combine(_directory, "bot.db"));
            builder.UseSetting("BotConnector:MaxRetryAttempts", "1");
            builder.UseSetting("BotConnector:RetryBaseDelay", "00:00:00.010");
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
