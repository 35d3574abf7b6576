using System.Net;
using OpsRhythm.Domain.Risks;
using OpsRhythm.IntegrationTests.Storage;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.IntegrationTests.Dashboard;

/// <summary>
/// The dashboard end to end on each store: the real bot over the store the settings choose, the sample
/// data, the ops office's view with every section filled, at most 10 store calls once warm and none across
/// partitions, and a risk the bot writes shown on the next load. The detailed cases stay in
/// <see cref="DashboardApiTests"/> (SQLite).
/// </summary>
public abstract class DashboardFlowContract : IAsyncLifetime
{
    private CountingDocumentStore? _counter;
    private DashboardServer? _server;

    /// <summary>Settings that choose the store (none: the server's own SQLite file).</summary>
    protected abstract IReadOnlyDictionary<string, string?> StoreSettings { get; }

    private DashboardServer Server => _server ??= new DashboardServer(StoreSettings, store => _counter = new CountingDocumentStore(store));

    public async Task InitializeAsync() => await DashboardSampleData.SeedAsync(Server.Store, CancellationToken.None);

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    [ContractFact]
    public async Task OpsOfficeView_EverySectionFromTheStore_WarmWithinTenCalls_AndAWriteShowsAtOnce()
    {
        using var client = await Server.SignedInAsync("wang-min");
        var first = await ViewAsync(client);
        _counter!.Reset();
        await ViewAsync(client);
        var calls = _counter.Calls;

        Assert.Contains(DashboardSampleData.SalesRiskDescription, first, StringComparison.Ordinal);
        Assert.Contains("\"indicators\":[{", first, StringComparison.Ordinal);
        Assert.InRange(calls.Count, 1, 10);
        Assert.DoesNotContain(calls, c => c.StartsWith("query-across", StringComparison.Ordinal));

        await Server.Store.UpsertAsync(StorageContainers.Risks, new DocumentKey("sales", "r-sales-new"),
            new Risk("r-sales-new", "sales", RiskCategory.Market, "新增渠道风险", 5, 5)
            {
                Strategy = ResponseStrategy.Reduce, OwnerPersonId = "li-qiang", CreatedBy = "li-qiang", CreatedAt = DateTimeOffset.UtcNow,
            },
            CancellationToken.None);
        Assert.Contains("新增渠道风险", await ViewAsync(client), StringComparison.Ordinal);
    }

    private static async Task<string> ViewAsync(HttpClient client)
    {
        using var response = await client.GetAsync(new Uri("/dashboard/api/view", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}
