using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OpsRhythm.IntegrationTests.Messaging;

/// <summary>
/// A Bot Connector stand-in on a dynamic loopback port: it records every call the bot makes to the
/// activity's serviceUrl and answers with a new activity id, as the Playground's connector does.
/// </summary>
public sealed class FakeConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _nextId;

    private FakeConnector(WebApplication app) => _app = app;

    public ConcurrentQueue<ConnectorRequest> Requests { get; } = new();

    /// <summary>The Entra object ids Teams would call participants of any meeting asked about; everyone else gets 404, as Teams answers.</summary>
    public ConcurrentDictionary<string, bool> MeetingParticipants { get; } = new(StringComparer.Ordinal);

    /// <summary>Like the Playground's, the service URL has a path.</summary>
    public Uri ServiceUrl { get; private set; } = null!;

    public static async Task<FakeConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var connector = new FakeConnector(app);
        app.MapGet("/_connector/v1/meetings/{meetingId}/participants/{participantId}", connector.ParticipantAsync);
        app.Map("/_connector/{**path}", connector.RecordAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        connector.ServiceUrl = new Uri(address + "/_connector");
        return connector;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task ParticipantAsync(HttpContext context, string meetingId, string participantId)
    {
        Requests.Enqueue(new ConnectorRequest(context.Request.Method, context.Request.Path.Value! + context.Request.QueryString.Value, default));
        if (!MeetingParticipants.ContainsKey(participantId))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            await context.Response.WriteAsJsonAsync(new { error = new { code = "NotFound", message = "participant not found" } });
            return;
        }

        await context.Response.WriteAsJsonAsync(new
        {
            user = new { id = "29:" + participantId, aadObjectId = participantId, tenantId = context.Request.Query["tenantId"].ToString() },
            meeting = new { role = "Attendee", inMeeting = true },
            conversation = new { id = meetingId, isGroup = true },
        });
    }

    private async Task RecordAsync(HttpContext context)
    {
        using var body = await JsonDocument.ParseAsync(context.Request.Body);
        Requests.Enqueue(new ConnectorRequest(context.Request.Method, context.Request.Path.Value!, body.RootElement.Clone()));
        await context.Response.WriteAsJsonAsync(new { id = "activity-" + Interlocked.Increment(ref _nextId) });
    }
}

public sealed record ConnectorRequest(string Method, string Path, JsonElement Body)
{
    public JsonElement Card => Body.GetProperty("attachments")[0].GetProperty("content");
}
