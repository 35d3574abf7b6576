using System.Net;
using System.Net.Http.Headers;
using System.Text;
using OpsRhythm.IntegrationTests.Protocol;

namespace OpsRhythm.IntegrationTests.Operations;

/// <summary>
/// What an SQLite bot must not carry at idle (docs/performance.md, "Idle memory"): the Cosmos DB SDK, which
/// only the Cosmos provider uses, the XML stack, which only the key ring of DataProtection reads, on first
/// use, Microsoft.IdentityModel, whose work the bot's own token validator does, Azure.Core, which only
/// credentials other than App Service's managed identity use, Polly and the resilience packages, whose one
/// retry loop the connector's own handler runs, and a file watcher on the settings, which are read once.
/// Read from the process's own mappings after start, a turn's worth of health checks and a pause.
/// </summary>
public sealed class IdleFootprintTests
{
    [Fact]
    public async Task SqliteBot_AfterStartAndReadiness_HasNeitherCosmosSdkNorXmlLoaded()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // /proc/PID/maps is Linux's; CI runs on Linux.
        }

        await using var bot = await BotProcess.StartAsync(new Dictionary<string, string> { ["Storage__Provider"] = "Sqlite" });
        using var client = new HttpClient { BaseAddress = bot.Address };
        using var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        // The hosted services (store start-up, the DataProtection key ring's) have run by the time ready answers;
        // a moment more lets the background ones finish.
        await Task.Delay(TimeSpan.FromSeconds(3));

        var mapped = await MappedFilesAsync(bot);
        Assert.Contains("Microsoft.Data.Sqlite.dll", mapped);
        Assert.DoesNotContain("Microsoft.Azure.Cosmos.Client.dll", mapped);
        Assert.DoesNotContain("System.Private.Xml.dll", mapped);
        Assert.DoesNotContain("System.IO.FileSystem.Watcher.dll", mapped);
        Assert.DoesNotContain("Polly.Core.dll", mapped);
    }

    /// <summary>
    /// The production token path (an app id, Bot Framework keys from OpenID metadata, the managed identity's
    /// endpoint) after readiness and one fully checked token: signature, lifetime, endorsement, then the
    /// activity's tenant is refused. None of it loads Microsoft.IdentityModel.
    /// </summary>
    [Fact]
    public async Task BotCheckingTokens_AfterReadinessAndOneCheckedToken_HasNoIdentityModelLoaded()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        using var keys = new BotFrameworkKeys();
        keys.Publish("teams-key", "msteams");
        await using var issuer = await LocalHttpServer.StartAsync(keys.HandleAsync);
        await using var bot = await BotProcess.StartAsync(new Dictionary<string, string>
        {
            ["Storage__Provider"] = "Sqlite",
            ["MicrosoftAppType"] = "UserAssignedMSI",
            ["MicrosoftAppId"] = BotFrameworkJwtAuthenticatorTests.AppId,
            ["MicrosoftAppTenantId"] = "tenant-1",
            ["BotOpenIdMetadata"] = new Uri(issuer.BaseAddress, BotFrameworkKeys.MetadataPath).AbsoluteUri,
            // Nothing answers there: the bot's own token is not needed for a refused turn.
            ["IDENTITY_ENDPOINT"] = new Uri(issuer.BaseAddress, "/msi/token").AbsoluteUri,
            ["IDENTITY_HEADER"] = "local",
            ["Organisation__SampleData"] = "true",
        });
        using var client = new HttpClient { BaseAddress = bot.Address };
        using var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(ActivityFromAnotherTenant, Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", keys.Token("teams-key"));
        using var refused = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        await Task.Delay(TimeSpan.FromSeconds(3));

        var mapped = await MappedFilesAsync(bot);
        Assert.Contains("System.Security.Cryptography.dll", mapped);
        Assert.DoesNotContain(mapped, file => file.StartsWith("Microsoft.IdentityModel.", StringComparison.Ordinal)
            || file.StartsWith("System.IdentityModel.", StringComparison.Ordinal));
        Assert.DoesNotContain("Azure.Core.dll", mapped);
        Assert.DoesNotContain("Azure.Identity.dll", mapped);
        Assert.DoesNotContain("Polly.Core.dll", mapped);
    }

    private static string ActivityFromAnotherTenant => """
        {"type":"message","id":"1","channelId":"msteams","serviceUrl":"SERVICE_URL",
         "from":{"id":"29:someone"},"recipient":{"id":"28:bot"},"conversation":{"id":"a:1personal"},"text":"help",
         "channelData":{"tenant":{"id":"other-tenant"}}}
        """.Replace("SERVICE_URL", BotFrameworkJwtAuthenticatorTests.ServiceUrl, StringComparison.Ordinal);

    private static async Task<HashSet<string>> MappedFilesAsync(BotProcess bot) =>
        (await File.ReadAllLinesAsync($"/proc/{bot.ProcessId}/maps"))
            .Select(line => Path.GetFileName(line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Last()))
            .ToHashSet(StringComparer.Ordinal);
}
