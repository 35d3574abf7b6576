using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.IntegrationTests.Dashboard;

/// <summary>
/// The real bot on Kestrel at a dynamic loopback port (the local sign-in only answers loopback callers),
/// a local run with its own SQLite file, plus the settings a test adds (e.g. Teams SSO against local keys).
/// </summary>
public sealed class DashboardServer : WebApplicationFactory<Program>
{
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly Func<IDocumentStore, IDocumentStore>? _wrapStore;
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "opsrhythm-dashboard-" + Guid.NewGuid().ToString("N"));

    /// <param name="settings">Configuration on top of the test defaults.</param>
    /// <param name="wrapStore">Wraps the bot's store (e.g. to count its calls).</param>
    public DashboardServer(IReadOnlyDictionary<string, string?>? settings = null, Func<IDocumentStore, IDocumentStore>? wrapStore = null)
    {
        _settings = settings ?? new Dictionary<string, string?>();
        _wrapStore = wrapStore;

        // An explicit listener wins over the bot's default address, so tests never take port 3978.
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
    }

    public IDocumentStore Store => Services.GetRequiredService<IDocumentStore>();

    public Uri Address
    {
        get
        {
            StartServer();
            return new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        }
    }

    /// <summary>A client that keeps cookies (the local sign-in) and does not follow redirects.</summary>
    public HttpClient CreateBrowserClient() =>
        new(new HttpClientHandler { UseCookies = true, CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = Address };

    /// <summary>Signs in on the local sign-in page as <paramref name="personId"/>, as a browser submits its form; the client then carries the cookie.</summary>
    public async Task<HttpClient> SignedInAsync(string personId)
    {
        var client = CreateBrowserClient();
        var page = await client.GetStringAsync(new Uri("/dashboard/signin", UriKind.Relative));
        using var form = new FormUrlEncodedContent([AntiforgeryField(page), new KeyValuePair<string, string>("personId", personId)]);
        using var response = await client.PostAsync(new Uri("/dashboard/signin", UriKind.Relative), form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>The hidden antiforgery field of the sign-in form.</summary>
    public static KeyValuePair<string, string> AntiforgeryField(string signInPage)
    {
        var match = Regex.Match(signInPage, "<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]+)\">");
        Assert.True(match.Success, "The sign-in form has no antiforgery field.");
        return new(WebUtility.HtmlDecode(match.Groups[1].Value), WebUtility.HtmlDecode(match.Groups[2].Value));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("MicrosoftAppId", string.Empty);
        builder.UseSetting("Organisation:SampleData", "true");
        builder.UseSetting("Storage:Provider", "Sqlite");
        builder.UseSetting("Storage:Sqlite:Path", Path.Combine(_directory, "bot.db"));
        builder.UseSetting("Scheduling:Enabled", "false");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (_wrapStore is { } wrap)
        {
            builder.ConfigureTestServices(services =>
            {
                var original = services.Last(d => d.ServiceType == typeof(IDocumentStore));
                services.AddSingleton(provider => wrap((IDocumentStore)original.ImplementationFactory!(provider)));
            });
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
