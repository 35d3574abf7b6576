using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using OpsRhythm.Bot.Organisation;
using OpsRhythm.IntegrationTests.Messaging;
using OpsRhythm.IntegrationTests.Protocol;
using OpsRhythm.IntegrationTests.Resilience;

namespace OpsRhythm.IntegrationTests.Security;

/// <summary>
/// Issue 13 on the real host with an app id: tokens that are not the Bot Connector's, and a correctly signed
/// Bot Connector token naming a host off the allow-list, are refused at the HTTP level; nothing is stored,
/// nothing is sent, and the bot's own token goes nowhere.
/// </summary>
public sealed class SignedMessagesEndpointTests(BotFrameworkMetadataFixture metadata) : IClassFixture<BotFrameworkMetadataFixture>, IAsyncLifetime
{
    private const string Conversation = "a:1personal-chat-of-an-ordinary-member";
    private const string Member = "29:ordinary-member";
    private readonly BotFrameworkKeys _keys = metadata.Keys;
    private SignedBotServer _bot = null!;
    private HttpClient _client = null!;
    private FakeConnector _teams = null!;
    private FakeConnector _attacker = null!;

    public async Task InitializeAsync()
    {
        _teams = await FakeConnector.StartAsync();
        _attacker = await FakeConnector.StartAsync();
        // Both listen on 127.0.0.1; only that name is allowed, so the attacker's "localhost" address is not.
        _bot = new SignedBotServer(metadata.BaseAddress, _teams.ServiceUrl.Host);
        _client = _bot.CreateLoopbackClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _bot.DisposeAsync();
        await _teams.DisposeAsync();
        await _attacker.DisposeAsync();
    }

    private Uri AttackerUrl => new UriBuilder(_attacker.ServiceUrl) { Host = "localhost" }.Uri;

    [Fact]
    public async Task Post_BotConnectorTokenForAnAllowedHost_AnswersAndRemembersTheChat()
    {
        using var response = await PostAsync(_keys.Token("teams-key", d => d.Claims["serviceurl"] = _teams.ServiceUrl.ToString()), _teams.ServiceUrl);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(await WaitForRequestsAsync(_teams));
        Assert.Equal(_teams.ServiceUrl.ToString(), (await StoredReferenceAsync())?.ServiceUrl);
    }

    [Theory]
    [InlineData("https://login.microsoftonline.com/tenant-1/v2.0")]
    [InlineData("https://sts.windows.net/tenant-1/")]
    public async Task Post_SsoUserTokenOfAMember_ForbiddenNothingStoredNothingSent(string issuer) =>
        await AssertRefusedAsync(_keys.Token("entra-key", d =>
        {
            BotFrameworkJwtAuthenticatorTests.SsoUserToken(d, issuer);
            d.Claims["serviceurl"] = _teams.ServiceUrl.ToString();
        }), _teams.ServiceUrl);

    [Fact]
    public async Task Post_AppOnlyTokenOfAnotherApp_ForbiddenNothingStoredNothingSent() =>
        await AssertRefusedAsync(_keys.Token("entra-key", d =>
        {
            BotFrameworkJwtAuthenticatorTests.AppOnlyToken(d, "0b7f3a51-1111-4a5e-9b0e-00000000a991");
            d.Claims["serviceurl"] = _teams.ServiceUrl.ToString();
        }), _teams.ServiceUrl);

    [Fact]
    public async Task Post_V1TokenForTheApiAudience_ForbiddenNothingStoredNothingSent() =>
        await AssertRefusedAsync(_keys.Token("entra-key", d =>
        {
            d.Issuer = "https://sts.windows.net/tenant-1/";
            d.Audience = $"api://{SignedBotServer.AppId}";
            d.Claims["ver"] = "1.0";
            d.Claims["appid"] = "0b7f3a51-1111-4a5e-9b0e-00000000a991";
            d.Claims["serviceurl"] = _teams.ServiceUrl.ToString();
        }), _teams.ServiceUrl);

    [Fact]
    public async Task Post_SignedBotConnectorTokenNamingAnUnlistedHost_ForbiddenNothingStoredNothingSentThere()
    {
        using (var first = await PostAsync(_keys.Token("teams-key", d => d.Claims["serviceurl"] = _teams.ServiceUrl.ToString()), _teams.ServiceUrl))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        await WaitForRequestsAsync(_teams);
        var before = StoreSnapshot.Read(_bot.DatabasePath);

        using var response = await PostAsync(_keys.Token("teams-key", d => d.Claims["serviceurl"] = AttackerUrl.ToString()), AttackerUrl);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        await Task.Delay(300);
        Assert.Empty(_attacker.Requests);
        Assert.Empty(StoreSnapshot.Read(_bot.DatabasePath).ChangesSince(before));
        Assert.Equal(_teams.ServiceUrl.ToString(), (await StoredReferenceAsync())?.ServiceUrl);
    }

    private async Task AssertRefusedAsync(string token, Uri serviceUrl)
    {
        var before = StoreSnapshot.Read(_bot.DatabasePath);

        using var response = await PostAsync(token, serviceUrl);

        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden });
        await Task.Delay(300);
        Assert.Empty(_teams.Requests);
        Assert.Empty(StoreSnapshot.Read(_bot.DatabasePath).ChangesSince(before));
        Assert.Null(await StoredReferenceAsync());
    }

    private async Task<HttpResponseMessage> PostAsync(string token, Uri serviceUrl)
    {
        var activity = TestActivity.Message(serviceUrl, Conversation, "帮助", fromId: Member);
        activity["channelData"] = new { tenant = new { id = SignedBotServer.Tenant } };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = JsonContent.Create(activity) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await _client.SendAsync(request);
    }

    private async Task<OpsRhythm.Protocol.Activities.ConversationReference?> StoredReferenceAsync() =>
        await _bot.Services.GetRequiredService<IConversationDirectory>().FindForConversationAsync(Conversation, CancellationToken.None);

    private static async Task<IReadOnlyCollection<ConnectorRequest>> WaitForRequestsAsync(FakeConnector connector)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(30);
        while (connector.Requests.IsEmpty && DateTimeOffset.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        return connector.Requests;
    }
}
