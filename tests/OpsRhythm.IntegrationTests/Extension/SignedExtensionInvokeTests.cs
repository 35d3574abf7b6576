using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using OpsRhythm.Cards.Extension;
using OpsRhythm.Domain.Risks;
using OpsRhythm.IntegrationTests.Messaging;
using OpsRhythm.IntegrationTests.Protocol;
using OpsRhythm.IntegrationTests.Resilience;
using OpsRhythm.IntegrationTests.Security;

namespace OpsRhythm.IntegrationTests.Extension;

/// <summary>
/// The message extension on the real host with an app id, as in Azure: a dialog's submit that registers a risk is
/// answered only with a Bot Connector token signed by the (local) Bot Framework keys; without one, or with a user's
/// own Entra token, it is refused at the HTTP level and nothing is written.
/// </summary>
public sealed class SignedExtensionInvokeTests(BotFrameworkMetadataFixture metadata) : IClassFixture<BotFrameworkMetadataFixture>, IAsyncLifetime
{
    private readonly BotFrameworkKeys _keys = metadata.Keys;
    private SignedBotServer _bot = null!;
    private HttpClient _client = null!;
    private FakeConnector _teams = null!;

    public async Task InitializeAsync()
    {
        _teams = await FakeConnector.StartAsync();
        _bot = new SignedBotServer(metadata.BaseAddress, _teams.ServiceUrl.Host);
        _client = _bot.CreateLoopbackClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _bot.DisposeAsync();
        await _teams.DisposeAsync();
    }

    [Fact]
    public async Task SubmitAction_WithABotConnectorToken_RegistersTheRiskAndAnswersItsCard()
    {
        var description = "签名的登记 " + Guid.NewGuid().ToString("N")[..8];

        using var response = await SubmitAsync(description, _keys.Token("teams-key", d => d.Claims["serviceurl"] = _teams.ServiceUrl.ToString()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var card = Assert.Single(ExtensionActivities.Cards(body));
        Assert.Contains(description, card.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SubmitAction_WithoutAToken_UnauthorizedNothingWritten() =>
        await AssertRefusedAsync(null);

    [Fact]
    public async Task SubmitAction_WithAMembersOwnEntraToken_RefusedNothingWritten() =>
        await AssertRefusedAsync(_keys.Token("entra-key", d =>
        {
            BotFrameworkJwtAuthenticatorTests.SsoUserToken(d, "https://login.microsoftonline.com/tenant-1/v2.0");
            d.Claims["serviceurl"] = _teams.ServiceUrl.ToString();
        }));

    private async Task AssertRefusedAsync(string? token)
    {
        var before = StoreSnapshot.Read(_bot.DatabasePath);

        using var response = await SubmitAsync("未签名的登记", token);

        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden });
        Assert.Empty(StoreSnapshot.Read(_bot.DatabasePath).ChangesSince(before));
    }

    private async Task<HttpResponseMessage> SubmitAsync(string description, string? token)
    {
        var activity = TestActivity.Message(_teams.ServiceUrl, "19:chat-signed@thread.v2", string.Empty, "user-id-1");
        activity.Remove("text");
        activity["type"] = "invoke";
        activity["name"] = "composeExtension/submitAction";
        activity["channelData"] = new { tenant = new { id = SignedBotServer.Tenant } };
        activity["value"] = new
        {
            commandId = "recordRisk",
            commandContext = "message",
            data = new Dictionary<string, string>
            {
                [RiskFields.Department] = "sales", [RiskFields.Category] = nameof(RiskCategory.Market), [RiskFields.Description] = description,
                [RiskFields.Likelihood] = "3", [RiskFields.Impact] = "4", [RiskFields.Strategy] = nameof(ResponseStrategy.Transfer),
                [RiskFields.Counterparty] = "信用保险公司", [RiskFields.Owner] = "li-qiang", [DialogForm.CommandKey] = "recordRisk",
            },
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = JsonContent.Create(activity) };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await _client.SendAsync(request);
    }
}
