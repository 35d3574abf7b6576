using Microsoft.Extensions.Time.Testing;
using Moq;
using OpsRhythm.Protocol.Connector;

namespace OpsRhythm.UnitTests.Protocol;

public sealed class BotTokenProviderTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero));
    private readonly Mock<IAccessTokenSource> _credential = new();
    private int _issued;

    public BotTokenProviderTests() =>
        _credential
            .Setup(c => c.GetTokenAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Returns(() => ValueTask.FromResult(new IssuedToken($"token-{++_issued}", _time.GetUtcNow().AddHours(1))));

    [Fact]
    public async Task GetTokenAsync_NoCredential_ReturnsNull()
    {
        using var provider = new BotTokenProvider(null, _time);

        Assert.Null(await provider.GetTokenAsync(CancellationToken.None));
    }

    [Fact]
    public async Task GetTokenAsync_RequestsTheBotConnectorScope()
    {
        using var provider = new BotTokenProvider(_credential.Object, _time);

        await provider.GetTokenAsync(CancellationToken.None);

        _credential.Verify(c => c.GetTokenAsync(
            "https://api.botframework.com/.default",
            It.IsAny<CancellationToken>()));
    }

    [Fact]
    public async Task GetTokenAsync_WithinLifetime_ReusesTheToken()
    {
        using var provider = new BotTokenProvider(_credential.Object, _time);

        var first = await provider.GetTokenAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(50));
        var second = await provider.GetTokenAsync(CancellationToken.None);

        Assert.Equal("token-1", first);
        Assert.Equal("token-1", second);
    }

    [Fact]
    public async Task GetTokenAsync_NearExpiry_RequestsANewToken()
    {
        using var provider = new BotTokenProvider(_credential.Object, _time);

        await provider.GetTokenAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(56));

        Assert.Equal("token-2", await provider.GetTokenAsync(CancellationToken.None));
    }

    [Fact]
    public async Task GetTokenAsync_ConcurrentCallers_ShareOneRequest()
    {
        using var provider = new BotTokenProvider(_credential.Object, _time);

        var tokens = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => provider.GetTokenAsync(CancellationToken.None).AsTask()));

        Assert.All(tokens, t => Assert.Equal("token-1", t));
        Assert.Equal(1, _issued);
    }
}
