using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OpsRhythm.IntegrationTests.Graph;

/// <summary>A Graph endpoint on a loopback port: records each request and answers what the test queued.</summary>
public sealed class FakeGraph : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeGraph(WebApplication app) => _app = app;

    public Uri BaseUrl { get; private set; } = null!;

    public ConcurrentQueue<(string Method, string Path, JsonNode? Body)> Requests { get; } = new();

    /// <summary>Answers in order (status, Retry-After seconds, JSON body); the last one repeats.</summary>
    public ConcurrentQueue<(int Status, int? RetryAfter, string Body)> Answers { get; } = new();

    public static async Task<FakeGraph> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeGraph(app);
        app.Run(fake.AnswerAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        fake.BaseUrl = new Uri(address + "/v1.0");
        return fake;
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private async Task AnswerAsync(HttpContext context)
    {
        // Graph's client may gzip request bodies.
        var stream = context.Request.Headers.ContentEncoding.ToString() == "gzip"
            ? new System.IO.Compression.GZipStream(context.Request.Body, System.IO.Compression.CompressionMode.Decompress)
            : context.Request.Body;
        using var reader = new StreamReader(stream);
        var text = await reader.ReadToEndAsync();
        Requests.Enqueue((context.Request.Method, context.Request.Path.Value!, text.Length > 0 ? JsonNode.Parse(text) : null));
        var answer = Answers.Count > 1 && Answers.TryDequeue(out var next) ? next : Answers.TryPeek(out var last) ? last : (200, null, "{}");
        context.Response.StatusCode = answer.Status;
        if (answer.RetryAfter is { } seconds)
        {
            context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(answer.Body);
    }
}
