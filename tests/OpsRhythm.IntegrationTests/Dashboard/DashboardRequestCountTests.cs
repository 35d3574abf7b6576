using System.Net;
using OpsRhythm.IntegrationTests.Storage;
using Xunit.Abstractions;

namespace OpsRhythm.IntegrationTests.Dashboard;

/// <summary>
/// What one dashboard view costs the store, counted at the store's interface (one call = one request
/// on Cosmos DB for these small results): the numbers in docs/storage.md, and none across partitions.
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
    [InlineData("wang-min", 5)]
    [InlineData("li-qiang", 1)]
    public async Task View_SecondLoad_CallsTheStoreAsDocumentedAndNeverAcrossPartitions(string personId, int departmentsInDetail)
    {
        using var client = await Server.SignedInAsync(personId);
        using (var warm = await client.GetAsync(new Uri("/dashboard/api/view", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, warm.StatusCode);
        }

        Counter.Reset();
        using var response = await client.GetAsync(new Uri("/dashboard/api/view", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var calls = Counter.Calls;
        output.WriteLine($"{personId}: {calls.Count} store calls\n  " + string.Join("\n  ", calls));
        Assert.DoesNotContain(calls, c => c.StartsWith("query-across", StringComparison.Ordinal));
        Assert.InRange(calls.Count, 1, Fixed + (PerDepartment * departmentsInDetail));
    }

    /// <summary>Per view: the cycle, its plans, the week's reports, the catalog twice, the weekly meeting (docs/storage.md).</summary>
    private const int Fixed = 6;

    /// <summary>Per department shown in detail: values and targets of this and last year, risks, alerts.</summary>
    private const int PerDepartment = 6;
}
