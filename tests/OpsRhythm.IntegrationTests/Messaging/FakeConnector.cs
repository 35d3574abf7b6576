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

    /// <summary>Like the Playground's, the service URL has a path.</summary>
    public Uri ServiceUrl { get; private set; } = null!;

    public static async Task<FakeConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var connector = new FakeConnector(app);
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
