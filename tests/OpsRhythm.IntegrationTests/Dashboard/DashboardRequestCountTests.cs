using System.Net;
using OpsRhythm.Domain.Risks;
using OpsRhythm.IntegrationTests.Storage;
using OpsRhythm.Storage.Contract;
using Xunit.Abstractions;

namespace OpsRhythm.IntegrationTests.Dashboard;

/// <summary>
/// What one dashboard view costs the store, counted at the store's interface (one call = one request
/// on Cosmos DB for these small results): the numbers in docs/storage.md, none across partitions, and a
/// cache that never hides the bot's own writes.
/// </summary>
public sealed class DashboardRequestCountTests(ITestOutputHelper output) : IAsyncLifetime
{
    private CountingDocumentStore? _counter;

    private DashboardServer? _server;

    private DashboardServer Server => _server ??= new DashboardServer(wrapStore: store => _counter = new CountingDocumentStore(store));

    private CountingDocumentStore Counter => _counter!;

    public async Task InitializeAsync() => await DashboardSampleData.SeedAsync(Server.Store, CancellationToken.None);

    public async Task DisposeAsync() => await Server.DisposeAsync();

    [Theory]
    [InlineData("wang-min")]
    [InlineData("li-qiang")]
    public async Task View_SecondLoad_AtMostTenStoreCallsAndNeverAcrossPartitions(string personId)
    {
        using var client = await Server.SignedInAsync(personId);
        Counter.Reset();
        await ViewAsync(client);
        output.WriteLine($"{personId}, first load: {Counter.Calls.Count} store calls");

        Counter.Reset();
        await ViewAsync(client);

        var calls = Counter.Calls;
        output.WriteLine($"{personId}, second load: {calls.Count} store calls\n  " + string.Join("\n  ", calls));
        Assert.DoesNotContain(calls, c => c.StartsWith("query-across", StringComparison.Ordinal));
        Assert.InRange(calls.Count, 1, MaxPerView);
    }

    [Fact]
    public async Task View_AfterTheBotWritesARisk_ShowsItAtOnce()
    {
        using var client = await Server.SignedInAsync("wang-min");
        await ViewAsync(client);

        // Written through the bot's own store, as a card action does: the cached risks of "sales" are dropped.
        await Server.Store.UpsertAsync(StorageContainers.Risks, new DocumentKey("sales", "r-sales-new"),
            new Risk("r-sales-new", "sales", RiskCategory.Market, "新增渠道风险", 5, 5) { Strategy = ResponseStrategy.Reduce, OwnerPersonId = "li-qiang", CreatedBy = "li-qiang", CreatedAt = DateTimeOffset.UtcNow },
            CancellationToken.None);

        Assert.Contains("新增渠道风险", await ViewAsync(client), StringComparison.Ordinal);
    }

    private static async Task<string> ViewAsync(HttpClient client)
    {
        using var response = await client.GetAsync(new Uri("/dashboard/api/view", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>
    /// The goal of issue 20. A second load reads the cycle, its plans, the week's reports and the weekly
    /// meeting; the catalog, figures, alerts and risks come from the dashboard's cache (docs/storage.md).
    /// </summary>
    private const int MaxPerView = 10;
}
