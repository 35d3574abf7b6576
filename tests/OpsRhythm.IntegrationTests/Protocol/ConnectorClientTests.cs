using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpsRhythm.Protocol;
using OpsRhythm.Protocol.Activities;
using OpsRhythm.Protocol.Connector;

namespace OpsRhythm.IntegrationTests.Protocol;

/// <summary>The Bot Connector client, registered as the bot registers it, against a local connector over HTTP.</summary>
public sealed class ConnectorClientTests : IAsyncLifetime
{
    private const string ChannelThread = "19:ops@thread.tacv2;messageid=1764144000000";
    private const string EncodedChannelThread = "19%3Aops%40thread.tacv2%3Bmessageid%3D1764144000000";

    private readonly ConcurrentQueue<Func<HttpContext, Task>> _answers = new();
    private LocalHttpServer _server = null!;
    private ServiceProvider _services = null!;

    private IConnectorClient Client => _services.GetRequiredService<IConnectorClient>();

    private Uri ServiceUrl => new(_server.BaseAddress, "/amer/");

    private RecordedRequest[] Requests => [.. _server.Requests];

    public async Task InitializeAsync()
    {
        _server = await LocalHttpServer.StartAsync(context =>
            _answers.TryDequeue(out var answer) ? answer(context) : Json(context, 200, """{"id":"activity-1"}"""));
        _services = Services(token: null);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task SendToConversationAsync_ChannelThread_PostsTheActivityToTheEscapedConversation()
    {
        var response = await Client.SendToConversationAsync(ServiceUrl, ChannelThread, ActivityFactory.Text("周报已提交"), CancellationToken.None);

        var request = Assert.Single(Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal($"/amer/v3/conversations/{EncodedChannelThread}/activities", request.RawTarget);
        Assert.Equal("周报已提交", Body(request).GetProperty("text").GetString());
        Assert.Equal("message", Body(request).GetProperty("type").GetString());
        Assert.Equal("activity-1", response.Id);
    }

    [Fact]
    public async Task ReplyToActivityAsync_PostsToTheActivityWithReplyToId()
    {
        await Client.ReplyToActivityAsync(ServiceUrl, "a:1personal", "1764144000123", ActivityFactory.Text("ok"), CancellationToken.None);

        var request = Assert.Single(Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/amer/v3/conversations/a%3A1personal/activities/1764144000123", request.RawTarget);
        Assert.Equal("1764144000123", Body(request).GetProperty("replyToId").GetString());
    }

    [Fact]
    public async Task UpdateActivityAsync_PutsTheActivityWithItsId()
    {
        var card = JsonSerializer.SerializeToElement(new { type = "AdaptiveCard", version = "1.5" });

        await Client.UpdateActivityAsync(ServiceUrl, ChannelThread, "1:abc", ActivityFactory.Card(card), CancellationToken.None);

        var request = Assert.Single(Requests);
        Assert.Equal("PUT", request.Method);
        Assert.Equal($"/amer/v3/conversations/{EncodedChannelThread}/activities/1%3Aabc", request.RawTarget);
        Assert.Equal("1:abc", Body(request).GetProperty("id").GetString());
        Assert.Equal(Attachment.AdaptiveCardContentType, Body(request).GetProperty("attachments")[0].GetProperty("contentType").GetString());
    }

    [Fact]
    public async Task DeleteActivityAsync_SendsDelete()
    {
        _answers.Enqueue(context => Json(context, 200, ""));

        await Client.DeleteActivityAsync(ServiceUrl, "a:1personal", "1764144000123", CancellationToken.None);

        var request = Assert.Single(Requests);
        Assert.Equal("DELETE", request.Method);
        Assert.Equal("/amer/v3/conversations/a%3A1personal/activities/1764144000123", request.RawTarget);
        Assert.Empty(request.Body);
    }

    [Fact]
    public async Task CreateConversationAsync_PersonalChat_SendsTenantInChannelData()
    {
        _answers.Enqueue(context => Json(context, 201, """{"id":"a:1new-chat","activityId":"1:first","serviceUrl":"https://smba.trafficmanager.net/amer/"}"""));
        var parameters = new ConversationParameters
        {
            Bot = new ChannelAccount("28:bot-app-id"),
            Members = [new ChannelAccount("29:1li-qiang")],
            TenantId = "tenant-1",
        };

        var created = await Client.CreateConversationAsync(ServiceUrl, parameters, CancellationToken.None);

        var request = Assert.Single(Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/amer/v3/conversations", request.RawTarget);
        var body = Body(request);
        Assert.Equal("tenant-1", body.GetProperty("channelData").GetProperty("tenant").GetProperty("id").GetString());
        Assert.Equal("29:1li-qiang", body.GetProperty("members")[0].GetProperty("id").GetString());
        Assert.Equal("28:bot-app-id", body.GetProperty("bot").GetProperty("id").GetString());
        Assert.False(body.GetProperty("isGroup").GetBoolean());
        Assert.Equal(new ConversationResourceResponse("a:1new-chat", "1:first", "https://smba.trafficmanager.net/amer/"), created);
    }

    [Fact]
    public async Task GetPagedMembersAsync_WithContinuation_SendsPageSizeAndEscapedToken()
    {
        _answers.Enqueue(context => Json(context, 200, """
            {"continuationToken":"next+page","members":[{"id":"29:1wang-min","name":"王敏","aadObjectId":"6a1f","email":"wang.min@contoso.cn","userPrincipalName":"wang.min@contoso.cn","tenantId":"tenant-1","userRole":"user","givenName":"敏"}]}
            """));

        var page = await Client.GetPagedMembersAsync(ServiceUrl, ChannelThread, 50, "token+/=", CancellationToken.None);

        var request = Assert.Single(Requests);
        Assert.Equal("GET", request.Method);
        Assert.Equal($"/amer/v3/conversations/{EncodedChannelThread}/pagedmembers?pageSize=50&continuationToken=token%2B%2F%3D", request.RawTarget);
        var member = Assert.Single(page.Members);
        Assert.Equal(("29:1wang-min", "6a1f", "wang.min@contoso.cn"), (member.Id, member.AadObjectId, member.UserPrincipalName));
        Assert.Equal("next+page", page.ContinuationToken);
    }

    [Fact]
    public async Task GetPagedMembersAsync_FirstPage_SendsNoContinuation()
    {
        _answers.Enqueue(context => Json(context, 200, """{"members":[]}"""));

        var page = await Client.GetPagedMembersAsync(ServiceUrl, "a:1personal", null, null, CancellationToken.None);

        Assert.Equal("/amer/v3/conversations/a%3A1personal/pagedmembers", Assert.Single(Requests).RawTarget);
        Assert.Empty(page.Members);
        Assert.Null(page.ContinuationToken);
    }

    [Fact]
    public async Task GetTeamChannelsAsync_ReadsTheConversationsList()
    {
        _answers.Enqueue(context => Json(context, 200, """
            {"conversations":[{"id":"19:general@thread.tacv2"},{"id":"19:ops@thread.tacv2","name":"运营"}]}
            """));

        var channels = await Client.GetTeamChannelsAsync(ServiceUrl, "19:general@thread.tacv2", CancellationToken.None);

        var request = Assert.Single(Requests);
        Assert.Equal("GET", request.Method);
        Assert.Equal("/amer/v3/teams/19%3Ageneral%40thread.tacv2/conversations", request.RawTarget);
        Assert.Equal([new ChannelInfo("19:general@thread.tacv2"), new ChannelInfo("19:ops@thread.tacv2", "运营")], channels);
    }

    [Fact]
    public async Task SendToConversationAsync_TooManyRequestsWithRetryAfter_WaitsAndSucceeds()
    {
        _answers.Enqueue(context =>
        {
            context.Response.Headers.RetryAfter = "1";
            return Json(context, 429, """{"error":{"code":"Throttled","message":"Too many requests"}}""");
        });

        var response = await Client.SendToConversationAsync(ServiceUrl, "a:1personal", ActivityFactory.Text("hi"), CancellationToken.None);

        Assert.Equal("activity-1", response.Id);
        Assert.Equal(2, Requests.Length);
        Assert.Equal(Requests[0].Body, Requests[1].Body);
    }

    [Theory]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    [InlineData(412)]
    public async Task SendToConversationAsync_TransientFailure_RetriesAndSucceeds(int status)
    {
        _answers.Enqueue(context => Json(context, status, ""));
        _answers.Enqueue(context => Json(context, status, ""));

        var response = await Client.SendToConversationAsync(ServiceUrl, "a:1personal", ActivityFactory.Text("hi"), CancellationToken.None);

        Assert.Equal("activity-1", response.Id);
        Assert.Equal(3, Requests.Length);
    }

    [Fact]
    public async Task SendToConversationAsync_AlwaysThrottled_GivesUpWithTheStatus()
    {
        for (var i = 0; i < 10; i++)
        {
            _answers.Enqueue(context => Json(context, 429, """{"error":{"code":"Throttled"}}"""));
        }

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            Client.SendToConversationAsync(ServiceUrl, "a:1personal", ActivityFactory.Text("hi"), CancellationToken.None));

        Assert.Equal(HttpStatusCode.TooManyRequests, error.StatusCode);
        Assert.Equal(1 + 2, Requests.Length);
    }

    [Fact]
    public async Task SendToConversationAsync_RetryAfterAnHour_FailsAtOnceWithTheWait()
    {
        _answers.Enqueue(context =>
        {
            context.Response.Headers.RetryAfter = "3600";
            return Json(context, 429, """{"error":{"code":"Throttled"}}""");
        });

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            Client.SendToConversationAsync(ServiceUrl, "a:1personal", ActivityFactory.Text("hi"), CancellationToken.None));

        Assert.Equal(TimeSpan.FromHours(1), error.RetryAfter);
        Assert.Single(Requests);
    }

    [Fact]
    public async Task SendToConversationAsync_MessageWritesBlocked_ThrowsBlockedAfterOneRequest()
    {
        _answers.Enqueue(context => Json(context, 403, """{"error":{"code":"Forbidden","subCode":"MessageWritesBlocked","message":"Message writes are blocked"}}"""));

        var error = await Assert.ThrowsAsync<ConversationBlockedException>(() =>
            Client.SendToConversationAsync(ServiceUrl, "a:1personal", ActivityFactory.Text("hi"), CancellationToken.None));

        Assert.Equal("a:1personal", error.ConversationId);
        Assert.Single(Requests);
    }

    [Fact]
    public async Task SendToConversationAsync_ServerError_ThrowsWithCodeAfterOneRequest()
    {
        _answers.Enqueue(context => Json(context, 500, """{"error":{"code":"ServiceError","message":"Unknown"}}"""));

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            Client.SendToConversationAsync(ServiceUrl, "a:1personal", ActivityFactory.Text("hi"), CancellationToken.None));

        Assert.IsNotType<ConversationBlockedException>(error);
        Assert.Equal(HttpStatusCode.InternalServerError, error.StatusCode);
        Assert.Equal("ServiceError", error.ErrorCode);
        Assert.Single(Requests);
    }

    [Fact]
    public async Task SendToConversationAsync_ConnectionRefused_ThrowsConnectorException()
    {
        var closed = new Uri($"http://127.0.0.1:{_server.BaseAddress.Port}/");
        await _server.DisposeAsync();
        _server = await LocalHttpServer.StartAsync(context => Json(context, 200, "{}"));

        await Assert.ThrowsAsync<ConnectorException>(() =>
            Client.SendToConversationAsync(closed, "a:1personal", ActivityFactory.Text("hi"), CancellationToken.None));
    }

    [Fact]
    public async Task SendToConversationAsync_NoAppId_SendsNoAuthorization()
    {
        await Client.SendToConversationAsync(ServiceUrl, "a:1personal", ActivityFactory.Text("hi"), CancellationToken.None);

        Assert.Empty(Assert.Single(Requests).Authorization);
    }

    [Fact]
    public async Task SendToConversationAsync_WithCredential_SendsTheBearerTokenOnEveryAttempt()
    {
        var credential = new FakeTokenSource("bot-token");
        await using var services = Services(credential);
        _answers.Enqueue(context => Json(context, 502, ""));

        await services.GetRequiredService<IConnectorClient>()
            .SendToConversationAsync(ServiceUrl, "a:1personal", ActivityFactory.Text("hi"), CancellationToken.None);
        await services.GetRequiredService<IConnectorClient>()
            .SendToConversationAsync(ServiceUrl, "a:1personal", ActivityFactory.Text("again"), CancellationToken.None);

        Assert.Equal(3, Requests.Length);
        Assert.All(Requests, r => Assert.Equal("Bearer bot-token", r.Authorization));
        Assert.Equal(1, credential.Requests);
    }

    private static ServiceProvider Services(FakeTokenSource? token)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["BotConnector:MaxRetryAttempts"] = "2",
                ["BotConnector:RetryBaseDelay"] = "00:00:00.010",
            })
            .Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration);
        if (token is not null)
        {
            services.AddSingleton<IBotTokenProvider>(new BotTokenProvider(token, TimeProvider.System));
        }

        services.AddBotFrameworkProtocol(configuration);
        return services.BuildServiceProvider();
    }

    private static JsonElement Body(RecordedRequest request) => JsonDocument.Parse(request.Body).RootElement;

    private static async Task Json(HttpContext context, int status, string body)
    {
        context.Response.StatusCode = status;
        if (body.Length > 0)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(body);
        }
    }
}
