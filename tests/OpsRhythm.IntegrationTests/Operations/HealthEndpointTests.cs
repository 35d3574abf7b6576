using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OpsRhythm.IntegrationTests.Resilience;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.IntegrationTests.Operations;

/// <summary>/health/live and /health/ready of the real host, with the store answering and with it down.</summary>
public sealed class HealthEndpointTests
{
    [Fact]
    public async Task Live_And_Ready_StoreAnswers_Answer200()
    {
        using var host = new ResilienceHost();
        using var client = host.CreateLoopbackClient();

        using var live = await client.GetAsync("/health/live");
        using var ready = await client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("Healthy", await live.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Ready_StoreUnreachable_Answers503_WhileLiveStays200()
    {
        FaultyDocumentStore? faulty = null;
        using var host = new ResilienceHost(decorateStore: (_, inner) => faulty = new FaultyDocumentStore(inner));
        using var client = host.CreateLoopbackClient();
        _ = host.Services.GetRequiredService<IDocumentStore>();
        faulty!.FailAfter(0);

        using var ready = await client.GetAsync("/health/ready");
        using var live = await client.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("Unhealthy", await ready.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);

        faulty.Heal();
        using var healed = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, healed.StatusCode);
    }
}
