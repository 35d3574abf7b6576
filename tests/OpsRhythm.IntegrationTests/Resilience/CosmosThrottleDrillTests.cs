using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OpsRhythm.Bot.Persistence;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Domain.Improvement;
using OpsRhythm.IntegrationTests.Messaging;
using OpsRhythm.IntegrationTests.Storage;
using OpsRhythm.Storage.Contract;
using Xunit.Abstractions;

namespace OpsRhythm.IntegrationTests.Resilience;

/// <summary>
/// Drill: Cosmos DB throttles (429 with x-ms-retry-after-ms, injected between the SDK and the
/// Cosmos-compatible server of tests/cosmos-harness) while people submit improvement suggestions
/// through the real host. Short bursts are absorbed by the SDK's retries; a storm that outlasts them
/// answers "busy, nothing lost, try again" in the user's language and writes nothing; and under an
/// intermittent storm no acknowledged write is lost and every failed one is reported.
/// </summary>
public sealed class CosmosThrottleDrillTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Head = "user-id-1";
    private const int MaxRetries = 3;

    private FakeConnector _connector = null!;

    public async Task InitializeAsync() => _connector = await FakeConnector.StartAsync();

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    [CosmosDrillFact]
    public async Task SuggestionSubmit_BurstShorterThanTheRetries_SdkRetriesAndTheWriteIsReadable()
    {
        await using var drill = await CosmosDrill.StartAsync(_connector);
        var form = await drill.SuggestionFormAsync("zh-CN");
        var budget = MaxRetries - 1;
        drill.Throttling.Throttle = request => ThrottlingHandler.IsWrite(request) && Interlocked.Decrement(ref budget) >= 0;

        var (click, marker) = drill.Submission(form, "zh-CN");
        var answer = await drill.Client.PostAsync(click);

        Assert.Equal(200, answer.InvokeStatus);
        Assert.Equal(MaxRetries - 1, drill.Throttling.Throttled);
        Assert.Contains(marker, await drill.ProblemsAsync());
    }

    [CosmosDrillFact]
    public async Task SuggestionSubmit_StormOutlastsTheRetries_AnswersTryAgainInTheUsersLanguageAndWritesNothingUntilRetried()
    {
        await using var drill = await CosmosDrill.StartAsync(_connector);
        var refused = new List<(JsonObject Click, string Marker)>();
        foreach (var locale in new[] { "zh-CN", "en-US" })
        {
            var form = await drill.SuggestionFormAsync(locale);
            drill.Throttling.Throttle = ThrottlingHandler.IsWrite;
            var before = drill.Throttling.Throttled;
            var (click, marker) = drill.Submission(form, locale);

            var answer = await drill.Client.PostAsync(click.DeepClone().AsObject());
            drill.Throttling.Throttle = _ => false;

            Assert.Equal(200, answer.HttpStatus);
            Assert.Equal(503, answer.InvokeStatus);
            Assert.Equal(Localizer.For(locale)["Common.Error.StoreBusy"], answer.InvokeMessage);
            Assert.True(drill.Throttling.Throttled - before > MaxRetries, $"The SDK retried {drill.Throttling.Throttled - before - 1} times, not {MaxRetries}.");
            refused.Add((click, marker));
        }

        var problems = await drill.ProblemsAsync();
        Assert.DoesNotContain(refused[0].Marker, problems);
        Assert.DoesNotContain(refused[1].Marker, problems);

        // The storm is over: the same click, with what was typed, goes through.
        Assert.Equal(200, (await drill.Client.PostAsync(refused[1].Click)).InvokeStatus);
        Assert.Contains(refused[1].Marker, await drill.ProblemsAsync());
    }

    [CosmosDrillFact]
    public async Task SuggestionSubmit_IntermittentStorm_NoAcknowledgedWriteLostAndEveryFailureReported()
    {
        const int Seed = 429;
        await using var drill = await CosmosDrill.StartAsync(_connector);
        var form = await drill.SuggestionFormAsync("zh-CN");
        var random = new Random(Seed);
        var gate = new Lock();
        drill.Throttling.Throttle = _ =>
        {
            lock (gate)
            {
                return random.NextDouble() < 0.7;
            }
        };

        var acknowledged = new List<string>();
        var reported = new List<string>();
        for (var i = 0; i < 30; i++)
        {
            var (click, marker) = drill.Submission(form, "zh-CN");
            var answer = await drill.Client.PostAsync(click);
            switch (answer.InvokeStatus)
            {
                case 200:
                    acknowledged.Add(marker);
                    break;
                case 503:
                    Assert.Equal(Localizer.For("zh-CN")["Common.Error.StoreBusy"], answer.InvokeMessage);
                    reported.Add(marker);
                    break;
                default:
                    Assert.Fail($"Submission {i} (seed {Seed}) answered {answer.HttpStatus}/{answer.InvokeStatus}: {answer.InvokeMessage}");
                    break;
            }
        }

        drill.Throttling.Throttle = _ => false;
        var stored = await drill.ProblemsAsync();
        output.WriteLine($"seed {Seed}: {drill.Throttling.Throttled} requests throttled, {acknowledged.Count} acknowledged, {reported.Count} reported busy, {reported.Count(stored.Contains)} of those stored anyway");
        Assert.NotEmpty(acknowledged);
        Assert.NotEmpty(reported);
        Assert.Empty(acknowledged.Except(stored));
        Assert.Empty(drill.Host.Errors);
    }

    /// <summary>The real host on the Cosmos provider, a fresh database, and the throttling handler in the SDK's HTTP pipeline.</summary>
    private sealed class CosmosDrill : IAsyncDisposable
    {
        private readonly string _database = "drill-" + Guid.NewGuid().ToString("N");
        private readonly HttpClient _http;

        private CosmosDrill(FakeConnector connector)
        {
            var certificate = X509CertificateLoader.LoadCertificateFromFile(CertificatePath());
            Throttling = new ThrottlingHandler(new HttpClientHandler
            {
                ServerCertificateCustomValidationCallback = (_, presented, _, _) => presented is not null && presented.RawData.AsSpan().SequenceEqual(certificate.RawData),
            });
            Host = new ResilienceHost(builder =>
            {
                builder.UseSetting("Storage:Provider", "Cosmos");
                builder.UseSetting("Storage:Cosmos:Endpoint", Environment.GetEnvironmentVariable(CosmosEmulatorFixture.EndpointVariable));
                builder.UseSetting("Storage:Cosmos:Key", Convert.ToBase64String("opsrhythm-drills"u8.ToArray()));
                builder.UseSetting("Storage:Cosmos:Database", _database);
                builder.UseSetting("Storage:Cosmos:CreateIfNotExists", "true");
                builder.UseSetting("Storage:Cosmos:ConnectionMode", "Gateway");
                builder.UseSetting("Storage:Cosmos:LimitToEndpoint", "true");
                builder.UseSetting("Storage:Cosmos:MaxRetryAttemptsOnRateLimitedRequests", MaxRetries.ToString(System.Globalization.CultureInfo.InvariantCulture));
                builder.UseSetting("Storage:Cosmos:MaxRetryWaitTimeOnRateLimitedRequests", "00:00:05");
                builder.ConfigureTestServices(services => services.PostConfigure<StorageOptions>(o => o.Cosmos.HttpClientFactory = () => new HttpClient(Throttling, disposeHandler: false)));
            });
            _http = Host.CreateLoopbackClient();
            Client = new DrillClient(_http, connector);
        }

        public ThrottlingHandler Throttling { get; }

        public ResilienceHost Host { get; }

        public DrillClient Client { get; }

        public static Task<CosmosDrill> StartAsync(FakeConnector connector) => Task.FromResult(new CosmosDrill(connector));

        /// <summary>The suggestion form the sales head is shown when saying "建议" (or "suggest").</summary>
        public async Task<CardButton> SuggestionFormAsync(string locale)
        {
            var answer = await Client.PostAsync(Client.Message(Head, locale == "en-US" ? "suggest" : "建议", locale, "suggestions"));
            return answer.Cards.SelectMany(CardButton.On).First(b => b.Verb == "suggestion.submit");
        }

        public (JsonObject Click, string Marker) Submission(CardButton form, string locale)
        {
            var marker = "演练-drill-" + Guid.NewGuid().ToString("N")[..10];
            var data = (JsonObject)form.Data.DeepClone();
            foreach (var input in form.Inputs)
            {
                data[input.Id] = input.Plausible(3);
            }

            data["problem"] = marker;
            return (Client.Invoke(Head, form.Verb, data, locale, "suggestions"), marker);
        }

        public async Task<HashSet<string>> ProblemsAsync()
        {
            var store = Host.Services.GetRequiredService<IDocumentStore>();
            var problems = new HashSet<string>(StringComparer.Ordinal);
            var year = DateTimeOffset.UtcNow.Year;
            foreach (var partition in new[] { year - 1, year, year + 1 })
            {
                await foreach (var suggestion in store.QueryAsync<Suggestion>(StorageContainers.Improvement, partition.ToString(System.Globalization.CultureInfo.InvariantCulture), DocumentQuery.Of<Suggestion>(), CancellationToken.None))
                {
                    problems.Add(suggestion.Value.Problem);
                }
            }

            return problems;
        }

        public async ValueTask DisposeAsync()
        {
            Throttling.Throttle = _ => false;
            await Host.Services.GetRequiredService<CosmosConnection>().Client.GetDatabase(_database).DeleteStreamAsync();
            _http.Dispose();
            await Host.DisposeAsync();
            Throttling.Dispose();
        }

        private static string CertificatePath()
        {
            if (Environment.GetEnvironmentVariable(CosmosEmulatorFixture.CertificateVariable) is { Length: > 0 } configured)
            {
                return configured;
            }

            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, "tests", "cosmos-harness", ".run", "cert.pem");
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }

            throw new InvalidOperationException("No certificate of tests/cosmos-harness: start it with tests/cosmos-harness/start.sh.");
        }
    }
}
