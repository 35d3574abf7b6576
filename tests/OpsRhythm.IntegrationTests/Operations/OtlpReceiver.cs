using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OpsRhythm.IntegrationTests.Operations;

/// <summary>
/// An OTLP/HTTP collector stand-in: accepts POST /v1/traces, /v1/metrics and /v1/logs (protobuf) and keeps
/// every body. Protobuf writes strings as plain UTF-8, so span, metric and attribute names and values can
/// be looked for in the bytes without the OTLP schema.
/// </summary>
public sealed class OtlpReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;

    private OtlpReceiver(WebApplication app) => _app = app;

    public ConcurrentDictionary<string, ConcurrentQueue<byte[]>> Bodies { get; } = new(StringComparer.Ordinal);

    public Uri Endpoint { get; private set; } = null!;

    public static async Task<OtlpReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new OtlpReceiver(app);
        app.MapPost("/v1/{signal}", receiver.ReceiveAsync);
        await app.StartAsync();
        receiver.Endpoint = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return receiver;
    }

    /// <summary>Everything received for one signal (traces, metrics, logs), as text for searching.</summary>
    public string Text(string signal) => Bodies.TryGetValue(signal, out var bodies)
        ? string.Join('\n', bodies.Select(b => Encoding.UTF8.GetString(b)))
        : string.Empty;

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task ReceiveAsync(HttpContext context, string signal)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, context.RequestAborted);
        Bodies.GetOrAdd(signal, _ => new ConcurrentQueue<byte[]>()).Enqueue(body.ToArray());
        context.Response.ContentType = "application/x-protobuf";
        context.Response.StatusCode = StatusCodes.Status200OK;
    }
}
