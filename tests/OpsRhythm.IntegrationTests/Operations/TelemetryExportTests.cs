using System.Net;
using OpsRhythm.IntegrationTests.Messaging;

namespace OpsRhythm.IntegrationTests.Operations;

/// <summary>
/// The real bot process exports over OTLP/HTTP to a local receiver: a turn's spans (the turn, its store
/// calls, the reply to the connector) and the bot's metrics arrive, and none of the person's id, name,
/// text or conversation id does.
/// </summary>
public sealed class TelemetryExportTests
{
    private const string UserId = "29:secret-user-9f3c";
    private const string UserName = "Secret Person Name";
    private const string Conversation = "a:secret-conversation-77d1";
    private const string PrivateText = "my-private-text-5e1";
    private const string ForgedVerb = "forged-verb-8a2b";

    [Fact]
    public async Task Turns_ExportSpansMetricsAndLogsOverOtlp_WithoutPersonalData()
    {
        await using var receiver = await OtlpReceiver.StartAsync();
        await using var connector = await FakeConnector.StartAsync();
        await using var bot = await BotProcess.StartAsync(new Dictionary<string, string>
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = receiver.Endpoint.ToString(),
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
            ["OTEL_BSP_SCHEDULE_DELAY"] = "100",
            ["OTEL_BLRP_SCHEDULE_DELAY"] = "100",
            ["OTEL_METRIC_EXPORT_INTERVAL"] = "500",
        });
        using var client = new HttpClient { BaseAddress = bot.Address };

        foreach (var activity in new[]
        {
            Named(TestActivity.Message(connector.ServiceUrl, Conversation, "help", UserId)),
            Named(TestActivity.Message(connector.ServiceUrl, Conversation, PrivateText, UserId)),
            Named(TestActivity.Invoke(connector.ServiceUrl, Conversation, ForgedVerb, new Dictionary<string, string> { ["note"] = PrivateText }, UserId)),
        })
        {
            using var response = await BotServer.PostActivityAsync(client, activity);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        await WaitForAsync(() =>
            receiver.Text("traces").Contains("turn invoke", StringComparison.Ordinal)
            && receiver.Text("metrics").Contains("opsrhythm.turn.duration", StringComparison.Ordinal)
            && receiver.Text("logs").Length > 0);

        var traces = receiver.Text("traces");
        Assert.Contains("turn message", traces, StringComparison.Ordinal);
        Assert.Contains("opsrhythm.turn.verb", traces, StringComparison.Ordinal);
        Assert.Contains("notUnderstood", traces, StringComparison.Ordinal);
        Assert.Contains("db.collection.name", traces, StringComparison.Ordinal);
        Assert.Contains("/_connector/v3/conversations/#", traces, StringComparison.Ordinal);
        var metrics = receiver.Text("metrics");
        Assert.Contains("opsrhythm.turns", metrics, StringComparison.Ordinal);
        Assert.Contains("opsrhythm.outbox.depth", metrics, StringComparison.Ordinal);
        foreach (var signal in new[] { "traces", "metrics", "logs" })
        {
            var exported = receiver.Text(signal);
            foreach (var secret in new[] { "secret-user-9f3c", UserName, "secret-conversation-77d1", "00000000a11c", PrivateText, ForgedVerb })
            {
                Assert.DoesNotContain(secret, exported, StringComparison.Ordinal);
            }
        }
    }

    private static Dictionary<string, object?> Named(Dictionary<string, object?> activity)
    {
        activity["from"] = new { id = UserId, name = UserName, aadObjectId = "00000000-0000-0000-0000-00000000a11c" };
        return activity;
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The telemetry did not arrive within 60 s.");
            await Task.Delay(200);
        }
    }
}
