using Azure.Core;
using Moq;
using OpsRhythm.Protocol.Connector;

namespace OpsRhythm.UnitTests.Protocol;

public sealed class TokenSourceCredentialTests
{
    [Fact]
    public async Task GetTokenAsync_AsksTheSourceForTheOneScopeAndKeepsItsLifetime()
    {
        var expires = new DateTimeOffset(2026, 12, 7, 18, 0, 0, TimeSpan.Zero);
        var source = new Mock<IAccessTokenSource>();
        source.Setup(s => s.GetTokenAsync("https://graph.microsoft.com/.default", It.IsAny<CancellationToken>()))
            .Returns(() => ValueTask.FromResult(new IssuedToken("graph-token", expires)));

        var token = await TokenSourceCredential.For(source.Object)
            .GetTokenAsync(new TokenRequestContext(["https://graph.microsoft.com/.default"]), CancellationToken.None);

        Assert.Equal("graph-token", token.Token);
        Assert.Equal(expires, token.ExpiresOn);
    }

    [Fact]
    public async Task GetTokenAsync_SeveralScopes_IsRefused()
    {
        var credential = TokenSourceCredential.For(Mock.Of<IAccessTokenSource>());

        await Assert.ThrowsAsync<ArgumentException>(() =>
            credential.GetTokenAsync(new TokenRequestContext(["https://a/.default", "https://b/.default"]), CancellationToken.None).AsTask());
    }

    [Fact]
    public void For_AnAzureCredential_HandsItBackUnwrapped()
    {
        var azure = Mock.Of<TokenCredential>();

        Assert.Same(azure, TokenSourceCredential.For(new AzureCredentialTokenSource(azure)));
    }

    [Fact]
    public async Task AzureCredentialTokenSource_PassesTheScopeAndTheRefreshTime()
    {
        var expires = new DateTimeOffset(2026, 12, 7, 18, 0, 0, TimeSpan.Zero);
        var azure = new Mock<TokenCredential>();
        azure.Setup(c => c.GetTokenAsync(It.Is<TokenRequestContext>(r => r.Scopes.SequenceEqual(new[] { BotTokenProvider.Scope })), It.IsAny<CancellationToken>()))
            .Returns(() => ValueTask.FromResult(new AccessToken("bot-token", expires, expires.AddMinutes(-30))));

        var token = await new AzureCredentialTokenSource(azure.Object).GetTokenAsync(BotTokenProvider.Scope, CancellationToken.None);

        Assert.Equal(new IssuedToken("bot-token", expires, expires.AddMinutes(-30)), token);
    }
}
