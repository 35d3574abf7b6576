using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OpsRhythm.Bot.Meetings.Panel;
using OpsRhythm.Bot.Organisation;
using OpsRhythm.Cards.Localization;
using OpsRhythm.IntegrationTests.Dashboard;
using OpsRhythm.IntegrationTests.Messaging;
using OpsRhythm.IntegrationTests.Protocol;
using OpsRhythm.Protocol.Activities;

namespace OpsRhythm.IntegrationTests.Meetings.Panel;

/// <summary>
/// The side panel in a Teams meeting, on the real bot over real HTTP with Teams SSO against a local Entra stand-in:
/// the bot asks the Bot Connector (a loopback stand-in that answers the meeting participant call as Teams does,
/// 404 for a non-participant) whether the token's account takes part in the meeting of the chat the page names.
/// </summary>
public sealed class PanelParticipantsApiTests(BotFrameworkMetadataFixture metadata) : IClassFixture<BotFrameworkMetadataFixture>, IAsyncLifetime
{
    private const string Thread = "19:meeting_UGFuZWxQYXJ0aWNpcGFudHM@thread.v2";
    private const string ClientId = "7d1c2e4a-0000-4000-8000-0000000da5b0";
    private const string WangMin = "00000000-0000-0000-0000-0000000000020";
    private const string LiQiang = "00000000-0000-0000-0000-0000000000021";
    private const string ZhangWei = "00000000-0000-0000-0000-0000000000022";

    private FakeConnector _connector = null!;
    private DashboardServer _server = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        _server = new DashboardServer(new Dictionary<string, string?>
        {
            ["Dashboard:SsoClientId"] = ClientId,
            ["Dashboard:SsoTenantId"] = "tenant-1",
            ["Dashboard:SsoOpenIdMetadata"] = new Uri(metadata.BaseAddress, BotFrameworkKeys.EntraMetadataPath).AbsoluteUri,
        });
        await DashboardSampleData.SeedAsync(_server.Store, CancellationToken.None);

        // What the bot remembers when it is added to the meeting or gets a meeting event in its chat.
        await _server.Services.GetRequiredService<IConversationDirectory>().RememberAsync(
            new Activity
            {
                Type = ActivityTypes.Event,
                Name = "application/vnd.microsoft.meetingStart",
                ServiceUrl = _connector.ServiceUrl.AbsoluteUri,
                ChannelId = "msteams",
                Conversation = new ConversationAccount(Thread) { ConversationType = "groupChat", IsGroup = true, TenantId = "tenant-1" },
                Recipient = new ChannelAccount("28:opsrhythm", "OpsRhythm"),
            },
            null,
            CancellationToken.None);
        _connector.MeetingParticipants[LiQiang] = true;
        _connector.MeetingParticipants[WangMin] = true;
    }

    public async Task DisposeAsync()
    {
        _server.Dispose();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task Participant_ReadsTheMeetingsAgendaAndMinutes_AfterTheBotAskedTeamsOnce()
    {
        using var agenda = await GetAsync("agenda", LiQiang);
        using var minutes = await GetAsync("minutes", LiQiang);

        Assert.Equal(HttpStatusCode.OK, agenda.StatusCode);
        Assert.Equal(HttpStatusCode.OK, minutes.StatusCode);
        var meetingId = Uri.EscapeDataString(Convert.ToBase64String(Encoding.UTF8.GetBytes($"0#{Thread}#0")));
        var asked = Assert.Single(_connector.Requests);
        Assert.Equal(("GET", $"/_connector/v1/meetings/{meetingId}/participants/{LiQiang}?tenantId=tenant-1"), (asked.Method, asked.Path));
    }

    [Fact]
    public async Task NotAParticipant_ForbiddenSayingWhoMaySeeIt_InChineseAndEnglish()
    {
        using var chinese = await GetAsync("minutes", ZhangWei);
        using var english = await GetAsync("agenda", ZhangWei, "en-US");

        Assert.Equal(HttpStatusCode.Forbidden, chinese.StatusCode);
        Assert.Equal(Localizer.ZhCn["MeetingPanel.Error.NotParticipant"], await MessageAsync(chinese));
        Assert.Equal(HttpStatusCode.Forbidden, english.StatusCode);
        Assert.Equal(Localizer.EnUs["MeetingPanel.Error.NotParticipant"], await MessageAsync(english));
    }

    [Fact]
    public async Task TeamsViewerWithoutAMeeting_Forbidden_NotServedTheWeeklyMeeting()
    {
        using var response = await GetAsync("minutes", LiQiang, chat: null);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(_connector.Requests);
    }

    [Fact]
    public async Task OpsOfficeParticipant_Records_AndNonParticipantCannotReadIt()
    {
        using var read = await GetAsync("minutes", WangMin);
        var version = read.Headers.ETag!.ToString();
        using var request = Request(HttpMethod.Post, "decisions", WangMin);
        request.Content = JsonContent.Create(new { text = "二号线周末检修" });
        request.Headers.TryAddWithoutValidation("If-Match", version);

        using var client = _server.CreateBrowserClient();
        using var recorded = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, recorded.StatusCode);
        using var participant = await GetAsync("minutes", LiQiang);
        var minutes = await participant.Content.ReadFromJsonAsync<PanelMinutes>(JsonSerializerOptions.Web);
        Assert.Equal("二号线周末检修", Assert.Single(minutes!.Decisions).Text);
        using var outsider = await GetAsync("minutes", ZhangWei);
        Assert.Equal(HttpStatusCode.Forbidden, outsider.StatusCode);
        Assert.DoesNotContain("二号线", await outsider.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpsOfficeNotAParticipant_CannotRecord_AndNothingIsWritten()
    {
        _connector.MeetingParticipants.TryRemove(WangMin, out _);
        using var request = Request(HttpMethod.Post, "decisions", WangMin);
        request.Content = JsonContent.Create(new { text = "增加夜班" });
        request.Headers.TryAddWithoutValidation("If-Match", "\"any\"");

        using var client = _server.CreateBrowserClient();
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        using var participant = await GetAsync("minutes", LiQiang);
        Assert.Empty((await participant.Content.ReadFromJsonAsync<PanelMinutes>(JsonSerializerOptions.Web))!.Decisions);
    }

    private async Task<HttpResponseMessage> GetAsync(string what, string objectId, string locale = "zh-CN", string? chat = Thread)
    {
        using var client = _server.CreateBrowserClient();
        using var request = Request(HttpMethod.Get, what, objectId, locale, chat);
        return await client.SendAsync(request);
    }

    private HttpRequestMessage Request(HttpMethod method, string what, string objectId, string locale = "zh-CN", string? chat = Thread)
    {
        var query = "?locale=" + locale + (chat is null ? string.Empty : "&chat=" + Uri.EscapeDataString(chat));
        var request = new HttpRequestMessage(method, new Uri($"/dashboard/panel/api/{what}{query}", UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", metadata.Keys.Token("entra-key", d =>
        {
            d.Issuer = "https://login.microsoftonline.com/tenant-1/v2.0";
            d.Audience = ClientId;
            d.Claims = new Dictionary<string, object> { ["tid"] = "tenant-1", ["oid"] = objectId, ["scp"] = "access_as_user" };
        }));
        return request;
    }

    private static async Task<string?> MessageAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("message").GetString();
}
