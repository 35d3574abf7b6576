using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.IntegrationTests.Resilience;

/// <summary>
/// The real bot (Program.cs, every AddXxx) in process, with its own SQLite file, no app id (a local run),
/// and without its background services (outbox dispatcher, job scheduler), so the store changes only
/// through the turns a drill sends. Every error the bot logs is kept: a turn that failed on a bug logs
/// one even though the user was answered politely.
/// </summary>
public sealed class ResilienceHost : WebApplicationFactory<Program>
{
    private readonly Action<IWebHostBuilder>? _configure;
    private readonly Func<IServiceProvider, IDocumentStore, IDocumentStore>? _decorateStore;

    public ResilienceHost(Action<IWebHostBuilder>? configure = null, Func<IServiceProvider, IDocumentStore, IDocumentStore>? decorateStore = null)
    {
        _configure = configure;
        _decorateStore = decorateStore;
        // A local run answers loopback callers only; a dynamic port, never the bot's default 3978.
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
    }

    public HttpClient CreateLoopbackClient()
    {
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromMinutes(2) };
    }

    public string Directory { get; } = Path.Combine(Path.GetTempPath(), "opsrhythm-drills-" + Guid.NewGuid().ToString("N"));

    public string DatabasePath => Path.Combine(Directory, "bot.db");

    public ConcurrentQueue<string> Errors { get; } = new();

    public IDocumentStore Store => Services.GetRequiredService<IDocumentStore>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("MicrosoftAppId", string.Empty);
        builder.UseSetting("Storage:Sqlite:Path", DatabasePath);
        builder.UseSetting("BotConnector:MaxRetryAttempts", "1");
        builder.UseSetting("BotConnector:RetryBaseDelay", "00:00:00.010");
        builder.ConfigureLogging(logging => logging.AddProvider(new ErrorCollector(Errors)));
        _configure?.Invoke(builder);
        builder.ConfigureTestServices(services =>
        {
            foreach (var background in services.Where(d => d.ServiceType == typeof(IHostedService)
                && d.ImplementationType?.Namespace?.StartsWith("OpsRhythm.Bot", StringComparison.Ordinal) == true
                && d.ImplementationType.Name is "OutboxDispatcher" or "JobScheduler").ToList())
            {
                services.Remove(background);
            }

            if (_decorateStore is { } decorate)
            {
                var original = services.Last(d => d.ServiceType == typeof(IDocumentStore));
                services.Remove(original);
                services.AddSingleton(provider => decorate(provider, (IDocumentStore)original.ImplementationFactory!(provider)));
            }
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        if (System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }

    private sealed class ErrorCollector(ConcurrentQueue<string> errors) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, errors);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<string> errors) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (IsEnabled(logLevel))
                {
                    errors.Enqueue($"{category}: {formatter(state, exception)} {exception}");
                }
            }
        }
    }
}
