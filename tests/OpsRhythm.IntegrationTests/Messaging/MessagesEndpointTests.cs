using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OpsRhythm.Bot.Delivery;
using OpsRhythm.Cards.Localization;

namespace OpsRhythm.IntegrationTests.Messaging;

/// <summary>POST /api/messages over a real socket, replies captured by a fake connector at the serviceUrl.</summary>
public sealed class MessagesEndpointTests : IClassFixture<BotServer>, IAsyncLifetime
{
    private readonly BotServer _bot;
    private readonly HttpClient _client;
    private readonly string _conversation = "conv-" + Guid.NewGuid().ToString("N");
    private FakeConnector _connector = null!;

    public MessagesEndpointTests(BotServer bot)
    {
        _bot = bot;
        _client = bot.CreateLoopbackClient();
    }

    public async Task InitializeAsync() => _connector = await FakeConnector.StartAsync();

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _connector.DisposeAsync();
    }

    [Fact]
    public void Server_ListensOnADynamicLoopbackPortNotTheDefault()
    {
        Assert.True(IPAddress.IsLoopback(IPAddress.Parse(_client.BaseAddress!.Host)));
        Assert.NotEqual(new Uri(OpsRhythm.Bot.Hosting.HostingRegistration.DefaultUrl).Port, _client.BaseAddress.Port);
    }

    [Theory]
    [InlineData("{\"type\":\"message\",")]
    [InlineData("{\"text\":\"help\",\"serviceUrl\":\"http://127.0.0.1:1/\",\"from\":{\"id\":\"u\"},\"conversation\":{\"id\":\"c\"}}")]
    [InlineData("[1,2,3]")]
    public async Task Post_NotAnActivity_Answers400ProblemDetails(string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");

        using var response = await _client.PostAsync("/api/messages", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(_connector.Requests);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData(null)]
    public async Task Post_ActivityNotSentAsJson_Answers415AndDoesNothing(string? contentType)
    {
        var activity = System.Text.Json.JsonSerializer.Serialize(TestActivity.Message(_connector.ServiceUrl, _conversation, "帮助"));
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(activity));
        if (contentType is not null)
        {
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        }

        using var response = await _client.PostAsync("/api/messages", content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Empty(_connector.Requests);
    }

    [Fact]
    public async Task Post_OversizedActivity_Answers413()
    {
        var activity = TestActivity.Message(_connector.ServiceUrl, _conversation, new string('x', 300 * 1024));

        using var response = await BotServer.PostActivityAsync(_client, activity);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(_connector.Requests);
    }

    [Fact]
    public async Task Post_HelpMessage_RepliesWithHelpCardThroughTheConnector()
    {
        using var response = await BotServer.PostActivityAsync(_client, TestActivity.Message(_connector.ServiceUrl, _conversation, "帮助"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var request = Assert.Single(_connector.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal($"/_connector/v3/conversations/{_conversation}/activities", request.Path);
        Assert.Equal(Localizer.ZhCn["Welcome.HelpTitle"], request.Card.GetProperty("body")[0].GetProperty("text").GetString());
        Assert.Equal("user-id-0", request.Body.GetProperty("recipient").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Post_Message_StoresConversationsTheOutboxCanResolve()
    {
        using var response = await BotServer.PostActivityAsync(_client, TestActivity.Message(_connector.ServiceUrl, _conversation, "help"));
        var addresses = _bot.Services.GetRequiredService<IOutboxAddressBook>();

        var own = await addresses.ResolveAsync(OutboxTarget.Person("wang-min"), CancellationToken.None);
        var colleague = await addresses.ResolveAsync(OutboxTarget.Person("li-qiang"), CancellationToken.None);

        Assert.Equal(_conversation, Assert.IsType<KnownConversation>(own).Reference.Conversation.Id);
        Assert.Equal(_connector.ServiceUrl, Assert.IsType<NewPersonalChat>(colleague).ServiceUrl);
    }

    [Fact]
    public async Task Post_CardInvoke_AnswersInvokeResponseWithTheCard()
    {
        using var response = await BotServer.PostActivityAsync(_client, TestActivity.Invoke(_connector.ServiceUrl, _conversation, "org.show", [], fromId: "user-id-1", locale: "en-US"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(200, body.RootElement.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.card.adaptive", body.RootElement.GetProperty("type").GetString());
        Assert.Equal("AdaptiveCard", body.RootElement.GetProperty("value").GetProperty("type").GetString());

        // The click is stamped en-US, but 李强 has no language recorded or remembered: the organisation's default (zh-CN).
        Assert.Contains("华彩制造有限公司", body.RootElement.GetProperty("value").GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_InvokeWithUnknownVerb_AnswersHttp200WithErrorBody()
    {
        // 陈静 (recorded zh-CN) has typed nothing on this server: other tests here type English as user-id-0, which is remembered.
        using var response = await BotServer.PostActivityAsync(_client, TestActivity.Invoke(_connector.ServiceUrl, _conversation, "no.such.verb", [], fromId: "user-id-5"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(400, body.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.error", body.GetProperty("type").GetString());
        Assert.Equal(Localizer.ZhCn["Common.Error.UnknownAction"], body.GetProperty("value").GetProperty("message").GetString());
    }
}
