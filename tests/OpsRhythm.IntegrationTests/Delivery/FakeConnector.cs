using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace OpsRhythm.IntegrationTests.Delivery;

/// <summary>
/// A Bot Connector on a loopback port that behaves like Teams where delivery depends on it: it
/// enforces the per-conversation limits (7 / 1 s, 8 / 2 s, 60 / 30 s) with 429 + Retry-After, and
/// answers whatever a test scripts (429, 5xx, 403 MessageWritesBlocked) before accepting a send.
/// </summary>
public sealed class FakeConnector : IAsyncDisposable
{
    private static readonly (int Limit, TimeSpan Window)[] TeamsLimits =
        [(7, TimeSpan.FromSeconds(1)), (8, TimeSpan.FromSeconds(2)), (60, TimeSpan.FromSeconds(30))];

    private readonly WebApplication _app;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, List<DateTimeOffset>> _accepted = new(StringComparer.Ordinal);
    private int _nextActivity;

    private FakeConnector(WebApplication app) => _app = app;

    public Uri ServiceUrl { get; private set; } = null!;

    /// <summary>Every accepted post: conversation id and the activity's text.</summary>
    public ConcurrentQueue<(string ConversationId, string Text)> Posted { get; } = new();

    public ConcurrentQueue<(string ConversationId, string ActivityId, string Text)> Updated { get; } = new();

    /// <summary>Every request to a conversation, with its time and the status answered.</summary>
    public ConcurrentQueue<(string ConversationId, DateTimeOffset At, int Status)> Requests { get; } = new();

    public int LimitViolations { get; private set; }

    public int CreatedConversations { get; private set; }

    /// <summary>Scripted answer for a send, before the limits are checked; null to go on normally.</summary>
    public Func<string, int, IResult?> Script { get; set; } = (_, _) => null;

    public static async Task<FakeConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeConnector(app);
        app.MapPost("/v3/conversations", fake.CreateConversationAsync);
        app.MapPost("/v3/conversations/{conversationId}/activities", fake.SendAsync);
        app.MapPut("/v3/conversations/{conversationId}/activities/{activityId}", fake.UpdateAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        fake.ServiceUrl = new Uri(address + "/");
        return fake;
    }

    public int RequestsTo(string conversationId) => Requests.Count(r => r.ConversationId == conversationId);

    /// <summary>The most requests to any conversation that arrived within one <paramref name="window"/>.</summary>
    public int MostRequestsWithin(TimeSpan window)
    {
        var times = Requests.Select(r => r.At).Order().ToList();
        var most = 0;
        for (int first = 0, last = 0; last < times.Count; last++)
        {
            while (times[last] - times[first] >= window)
            {
                first++;
            }

            most = Math.Max(most, last - first + 1);
        }

        return most;
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private async Task<IResult> CreateConversationAsync(HttpRequest request)
    {
        using var body = await JsonDocument.ParseAsync(request.Body);
        var member = body.RootElement.GetProperty("members")[0].GetProperty("id").GetString();
        var tenant = body.RootElement.GetProperty("channelData").GetProperty("tenant").GetProperty("id").GetString();
        if (string.IsNullOrEmpty(tenant))
        {
            return Results.BadRequest();
        }

        lock (_gate)
        {
            CreatedConversations++;
        }

        // Teams answers the same 1:1 conversation for the same bot and user.
        return Results.Json(new { id = "a:personal-" + member });
    }

    private async Task<IResult> SendAsync(string conversationId, HttpRequest request)
    {
        var text = await ReadTextAsync(request);
        var result = Answer(conversationId);
        if (result is not null)
        {
            return result;
        }

        var id = "activity-" + Interlocked.Increment(ref _nextActivity);
        Posted.Enqueue((conversationId, text));
        return Results.Json(new { id });
    }

    private async Task<IResult> UpdateAsync(string conversationId, string activityId, HttpRequest request)
    {
        var text = await ReadTextAsync(request);
        var result = Answer(conversationId);
        if (result is not null)
        {
            return result;
        }

        Updated.Enqueue((conversationId, activityId, text));
        return Results.Json(new { id = activityId });
    }

    private IResult? Answer(string conversationId)
    {
        var now = DateTimeOffset.UtcNow;
        lock (_gate)
        {
            var index = Requests.Count(r => r.ConversationId == conversationId);
            if (Script(conversationId, index) is { } scripted)
            {
                Requests.Enqueue((conversationId, now, (scripted as IStatusCodeHttpResult)?.StatusCode ?? 200));
                return scripted;
            }

            var accepted = _accepted.TryGetValue(conversationId, out var list) ? list : _accepted[conversationId] = [];
            if (TeamsLimits.Any(l => accepted.Count(t => t > now - l.Window) >= l.Limit))
            {
                LimitViolations++;
                Requests.Enqueue((conversationId, now, 429));
                return TooManyRequests(TimeSpan.FromSeconds(1));
            }

            accepted.Add(now);
            Requests.Enqueue((conversationId, now, 200));
            return null;
        }
    }

    public static IResult TooManyRequests(TimeSpan retryAfter) => new StatusWithHeaders(429, ("Retry-After", ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture)), "{\"error\":{\"code\":\"TooManyRequests\"}}");

    public static IResult Blocked() => new StatusWithHeaders(403, null, "{\"error\":{\"code\":\"Forbidden\",\"message\":\"blocked\",\"subCode\":\"MessageWritesBlocked\"}}");

    public static IResult ServerError(int status) => new StatusWithHeaders(status, null, "{\"error\":{\"code\":\"ServiceError\"}}");

    private static async Task<string> ReadTextAsync(HttpRequest request)
    {
        using var body = await JsonDocument.ParseAsync(request.Body);
        return body.RootElement.TryGetProperty("text", out var text) ? text.GetString() ?? string.Empty : string.Empty;
    }

    private sealed class StatusWithHeaders(int status, (string Name, string Value)? header, string body) : IResult, IStatusCodeHttpResult
    {
        public int? StatusCode => status;

        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = status;
            if (header is { } h)
            {
                httpContext.Response.Headers[h.Name] = h.Value;
            }

            httpContext.Response.ContentType = "application/json";
            return httpContext.Response.WriteAsync(body);
        }
    }
}
