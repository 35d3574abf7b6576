namespace OpsRhythm.Bench;

/// <summary>
/// One loopback HTTP server holding the issuer's metadata and keys, the managed-identity token endpoint and
/// the fake Bot Connector; the activities' serviceUrl points here.
/// </summary>
public sealed class LocalServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LocalServer(WebApplication app, Uri baseAddress, FakeConnector connector)
    {
        _app = app;
        BaseAddress = baseAddress;
        Connector = connector;
    }

    public Uri BaseAddress { get; }

    /// <summary>The serviceUrl of every activity (no trailing slash: the SDK compares the token's claim verbatim).</summary>
    public string ServiceUrl => BaseAddress.ToString().TrimEnd('/');

    public Uri MetadataAddress => new(BaseAddress, LocalIssuer.MetadataPath);

    public Uri TokenAddress => new(BaseAddress, LocalIssuer.TokenPath);

    public FakeConnector Connector { get; }

    public static async Task<LocalServer> StartAsync(LocalIssuer issuer)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var connector = new FakeConnector(issuer.BotToken);
        Uri? baseAddress = null;

        app.MapGet(LocalIssuer.MetadataPath, () => Results.Text(issuer.MetadataJson(baseAddress!), "application/json"));
        app.MapGet(LocalIssuer.KeysPath, () => Results.Text(issuer.KeysJson(), "application/json"));
        app.MapGet(LocalIssuer.TokenPath, (HttpContext context) =>
            context.Request.Headers["X-IDENTITY-HEADER"] == LocalIssuer.IdentityHeader
                ? Results.Text(issuer.TokenResponseJson(), "application/json")
                : Results.StatusCode(StatusCodes.Status401Unauthorized));
        app.MapPost("/v3/conversations", (HttpContext context) => connector.HandleAsync(context, null));
        app.MapPost("/v3/conversations/{conversationId}/activities", (HttpContext context, string conversationId) => connector.HandleAsync(context, conversationId));
        app.MapPost("/v3/conversations/{conversationId}/activities/{activityId}", (HttpContext context, string conversationId) => connector.HandleAsync(context, conversationId));
        app.MapPut("/v3/conversations/{conversationId}/activities/{activityId}", (HttpContext context, string conversationId) => connector.HandleAsync(context, conversationId));

        await app.StartAsync();
        var address = app.Urls.First();
        baseAddress = new Uri(address.EndsWith('/') ? address : address + "/");
        return new LocalServer(app, baseAddress, connector);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
