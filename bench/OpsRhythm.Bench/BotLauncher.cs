using System.Diagnostics;

namespace OpsRhythm.Bench;

/// <summary>Starts either bot with JWT validation against the local issuer and replies to the fake connector.</summary>
public sealed class BotLauncher(BenchSettings settings, LocalServer server, LocalIssuer issuer, HttpClient client)
{
    public Activities Activities { get; } = new(server.ServiceUrl, issuer.TenantId, issuer.AppId, issuer.ChannelToken(server.ServiceUrl));

    /// <summary>The OpsRhythm service (Release build) on <paramref name="store"/>; <paramref name="extra"/> adds settings.</summary>
    public Task<StartedBot> StartOpsRhythmAsync(BenchStore store, IReadOnlyDictionary<string, string>? extra, string logName)
    {
        var port = BotUnderTest.FreePort();
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["DOTNET_NOLOGO"] = "1",
            // Console logging of every turn would measure the terminal; warnings and errors still show in the log.
            ["Logging__LogLevel__Default"] = "Warning",
            ["MicrosoftAppType"] = "UserAssignedMSI",
            ["MicrosoftAppId"] = issuer.AppId,
            ["MicrosoftAppTenantId"] = issuer.TenantId,
            ["BotOpenIdMetadata"] = server.MetadataAddress.ToString(),
            // The local connector is on a loopback address, which the connector allow-list takes only when named.
            ["BotConnector__AllowedServiceHosts__0"] = new Uri(server.ServiceUrl).Host,
            // The managed identity's token comes from the local endpoint, as App Service serves it.
            ["IDENTITY_ENDPOINT"] = server.TokenAddress.ToString(),
            ["IDENTITY_HEADER"] = LocalIssuer.IdentityHeader,
            // Scheduled jobs would add their own proactive messages to the measurements.
            ["Scheduling__Enabled"] = "false",
            // With an app id the organisation would start empty; the turns measured are the sample company's.
            ["Organisation__SampleData"] = "true",
        };
        foreach (var (key, value) in store.BotSettings.Concat(extra ?? new Dictionary<string, string>()))
        {
            environment[key] = value;
        }

        foreach (System.Collections.DictionaryEntry entry in Environment.GetEnvironmentVariables())
        {
            if (entry.Key is string name && name.StartsWith("BENCHBOT_", StringComparison.Ordinal))
            {
                environment[name["BENCHBOT_".Length..]] = (string)entry.Value!;
            }
        }

        var bot = BotUnderTest.Start(
            "dotnet",
            [settings.BotAssembly, "--urls", $"http://127.0.0.1:{port}"],
            Path.GetDirectoryName(settings.BotAssembly)!,
            environment,
            port,
            Path.Combine(settings.WorkFolder, "logs", logName + ".log"));
        return WaitUntilAnsweringAsync(bot, Activities.Message(1, "help"), logName);
    }

    /// <summary>The reference echo bot on the Bot Framework JavaScript SDK.</summary>
    public Task<StartedBot> StartReferenceAsync(string logName)
    {
        var port = BotUnderTest.FreePort();
        var environment = new Dictionary<string, string>
        {
            ["NODE_ENV"] = "production",
            ["PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["MicrosoftAppId"] = issuer.AppId,
            ["MicrosoftAppTenantId"] = issuer.TenantId,
            ["ToBotFromChannelOpenIdMetadataUrl"] = server.MetadataAddress.ToString(),
            ["BENCH_TOKEN_URL"] = server.TokenAddress.ToString(),
        };
        var bot = BotUnderTest.Start("node", ["index.js"], settings.ReferenceFolder, environment, port, Path.Combine(settings.WorkFolder, "logs", logName + ".log"));
        return WaitUntilAnsweringAsync(bot, Activities.Message(1, "hello"), logName);
    }

    /// <summary>
    /// Process start to listening (the first HTTP answer of any kind, to GET /) and to the first 200 on
    /// /api/messages (a full authenticated turn whose reply reached the connector).
    /// </summary>
    private async Task<StartedBot> WaitUntilAnsweringAsync(BotUnderTest bot, string template, string logName)
    {
        var deadline = Stopwatch.GetTimestamp() + (60 * Stopwatch.Frequency);
        TimeSpan? listening = null;
        long sequence = 0;
        while (Stopwatch.GetTimestamp() < deadline && !bot.HasExited)
        {
            try
            {
                if (listening is null)
                {
                    using var probe = await client.GetAsync(bot.BaseAddress);
                    listening = Stopwatch.GetElapsedTime(bot.StartedAt);
                }

                using var request = Activities.Request(bot.Messages, template, --sequence);
                using var response = await client.SendAsync(request);
                if ((int)response.StatusCode == 200)
                {
                    return new StartedBot(bot, listening.Value, Stopwatch.GetElapsedTime(bot.StartedAt));
                }

                if ((int)response.StatusCode is 401 or 403 or >= 500)
                {
                    throw new InvalidOperationException($"{logName} answered {(int)response.StatusCode} to its first turn; see {settings.WorkFolder}/logs/{logName}.log.");
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(10);
        }

        await bot.DisposeAsync();
        throw new InvalidOperationException($"{logName} did not answer within 60 s; see {settings.WorkFolder}/logs/{logName}.log.");
    }
}

/// <summary>A bot that answered its first turn: when it started listening and when it first answered 200.</summary>
public sealed record StartedBot(BotUnderTest Bot, TimeSpan Listening, TimeSpan Startup);
