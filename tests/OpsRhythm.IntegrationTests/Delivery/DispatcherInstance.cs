using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpsRhythm.Bot.Delivery;
using OpsRhythm.Protocol;
using OpsRhythm.Protocol.Connector;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.IntegrationTests.Delivery;

/// <summary>One dispatcher instance (its own limiter and lease owner id) over a shared store and connector.</summary>
internal sealed class DispatcherInstance : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly OutboxDispatcher _dispatcher;
    private readonly HttpClient _http = new();

    /// <param name="store">The outbox store, shared by the instances.</param>
    /// <param name="addresses">Where the targets are.</param>
    /// <param name="settings">Configuration over the test defaults.</param>
    /// <param name="activityFeed">The activity feed, when the test looks at it.</param>
    /// <param name="botConnector">The bot's own connector client, registered as the bot registers it, instead of the bare <see cref="HttpConnectorClient"/>.</param>
    /// <param name="sends">Where the connector client records the time of each call, shared by the instances of a test.</param>
    public DispatcherInstance(IDocumentStore store, IOutboxAddressBook addresses, IDictionary<string, string?>? settings = null, IActivityFeed? activityFeed = null, bool botConnector = false, System.Collections.Concurrent.ConcurrentQueue<DateTimeOffset>? sends = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Delivery:RetryBaseDelay"] = "00:00:00.050",
                ["Delivery:RetryMaxDelay"] = "00:00:00.500",
                ["Delivery:PollInterval"] = "00:00:00.200",
                ["Delivery:LeaseDuration"] = "00:00:05",
                ["Delivery:HeartbeatInterval"] = "00:00:00.200",
                ["Delivery:HeartbeatTimeout"] = "00:00:01",
            })
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton(store)
            .AddSingleton(addresses);
        if (botConnector)
        {
            services.AddBotFrameworkProtocol(configuration);
        }
        else
        {
            services.AddKeyedSingleton<IConnectorClient>(ConnectorClient.SingleAttemptKey, new HttpConnectorClient(_http, sends));
        }

        if (activityFeed is not null)
        {
            services.AddSingleton(activityFeed);
        }

        services.AddOutboxDelivery();
        _services = services.BuildServiceProvider();
        _dispatcher = _services.GetServices<IHostedService>().OfType<OutboxDispatcher>().Single();
        Signal = _services.GetRequiredService<OutboxSignal>();
    }

    public OutboxSignal Signal { get; }

    public Task StartAsync() => _dispatcher.StartAsync(CancellationToken.None);

    public Task StopAsync() => _dispatcher.StopAsync(CancellationToken.None);

    public static IDictionary<string, string?> Setting(string key, object value) =>
        new Dictionary<string, string?> { [key] = Convert.ToString(value, CultureInfo.InvariantCulture) };

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        _http.Dispose();
    }
}
