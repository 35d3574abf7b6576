using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using OpsRhythm.Bot.Meetings.Panel;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Domain.Auditing;
using OpsRhythm.Domain.Meetings.Minutes;
using OpsRhythm.Domain.Planning;
using OpsRhythm.IntegrationTests.Dashboard;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.IntegrationTests.Meetings.Panel;

/// <summary>
/// The side panel's minutes API on the real bot over real HTTP: only the operations office records, every
/// write is checked against the minutes' version, bad input is refused beside its fields, and what is
/// recorded goes through the minutes' one creation path (item and audit event in the occurrence's partition).
/// </summary>
public sealed class PanelMinutesApiTests : IAsyncLifetime, IDisposable
{
    private readonly DashboardServer _server = new();

    public async Task InitializeAsync() => await DashboardSampleData.SeedAsync(_server.Store, CancellationToken.None);

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task ActionItem_RecordedByOpsOffice_AppearsForEveryoneWithItsAuditEvent()
    {
        using var ops = await SignedInAsync("wang-min");
        var (_, version) = await MinutesAsync(ops, null);

        using var response = await PostAsync(ops, "actions", version, new { title = "确认付款条款", owner = "liu-yang", deadline = Tomorrow(), link = "department:finance" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        using var head = await SignedInAsync("zhang-wei");
        var (minutes, newVersion) = await MinutesAsync(head, version);
        var item = Assert.Single(minutes!.Actions);
        Assert.Equal(("确认付款条款", "刘洋", "财务部", "Open"), (item.Title, item.Owner, item.Link, item.State));
        Assert.NotEqual(version, newVersion);
        var (unchanged, _) = await MinutesAsync(head, newVersion);
        Assert.Null(unchanged);

        var partition = MinutesIds.Partition("weekly-operations", DashboardSampleData.Today());
        var audit = await AllAsync<AuditEvent>(partition);
        Assert.Contains(audit, a => a.EntityType == nameof(ActionItem) && a.EntityId == item.Id && a.Action == "recorded" && a.ActorPersonId == "wang-min");
    }

    [Fact]
    public async Task Decision_ByDepartmentHead_ForbiddenNamingTheOpsOffice_AndNothingWritten()
    {
        using var head = await SignedInAsync("zhang-wei");
        var (_, version) = await MinutesAsync(head, null);

        using var response = await PostAsync(head, "decisions", version, new { text = "增加夜班" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains(Localizer.ZhCn["Common.Role.OpsOffice"], await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var (minutes, _) = await MinutesAsync(head, null);
        Assert.Empty(minutes!.Decisions);
    }

    [Fact]
    public async Task Decision_NotSignedIn_Unauthorized()
    {
        using var client = _server.CreateBrowserClient();
        using var content = JsonContent.Create(new { text = "x" });
        using var response = await client.PostAsync(new Uri("/dashboard/panel/api/decisions", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Decision_LocalSignInWithoutAntiforgeryToken_BadRequest()
    {
        using var ops = await _server.SignedInAsync("wang-min");
        var (_, version) = await MinutesAsync(ops, null);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/dashboard/panel/api/decisions", UriKind.Relative)) { Content = JsonContent.Create(new { text = "x" }) };
        request.Headers.TryAddWithoutValidation("If-Match", version);

        using var response = await ops.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Decision_AgainstAnOlderVersion_PreconditionFailedWithTheCurrentMinutes()
    {
        using var ops = await SignedInAsync("wang-min");
        var (_, first) = await MinutesAsync(ops, null);
        using (var recorded = await PostAsync(ops, "decisions", first, new { text = "二号线周末检修" }))
        {
            Assert.Equal(HttpStatusCode.OK, recorded.StatusCode);
        }

        using var stale = await PostAsync(ops, "decisions", first, new { text = "二号线周末不检修" });

        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        using var body = JsonDocument.Parse(await stale.Content.ReadAsStringAsync());
        Assert.Equal(Localizer.ZhCn["MeetingPanel.Stale"], body.RootElement.GetProperty("message").GetString());
        Assert.Equal("二号线周末检修", body.RootElement.GetProperty("minutes").GetProperty("decisions")[0].GetProperty("text").GetString());
        var (minutes, _) = await MinutesAsync(ops, null);
        Assert.Single(minutes!.Decisions);
    }

    [Fact]
    public async Task ActionItem_BadInput_BadRequestWithLocalizedErrorsBesideEachField()
    {
        using var ops = await SignedInAsync("wang-min");
        var (_, version) = await MinutesAsync(ops, null);

        using var response = await PostAsync(ops, "actions", version, new { title = "x", owner = "sun-hao", deadline = "next friday", link = "risk:sales:no-such-risk" }, "en-US");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var fields = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("fields");
        Assert.Equal(Localizer.EnUs["MeetingPanel.Error.NotAttendee"], fields.GetProperty("owner").GetString());
        Assert.Equal(Localizer.EnUs["MeetingPanel.Error.Date"], fields.GetProperty("deadline").GetString());
        Assert.Equal(Localizer.EnUs["MeetingPanel.Error.Link"], fields.GetProperty("link").GetString());
    }

    [Fact]
    public async Task ActionItem_TextOverTheLimitAndPastDeadline_TheMachinesErrorsBesideThePanelsFields()
    {
        using var ops = await SignedInAsync("wang-min");
        var (_, version) = await MinutesAsync(ops, null);
        var yesterday = DashboardSampleData.Today().AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        using var response = await PostAsync(ops, "actions", version, new { title = new string('长', ActionItemLimits.Text + 1), owner = "li-qiang", deadline = yesterday, link = "" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var fields = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("fields");
        Assert.Equal(Localizer.ZhCn.Format("Common.Error.TooLong", ActionItemLimits.Text), fields.GetProperty("title").GetString());
        Assert.True(fields.TryGetProperty("deadline", out _));
        var (minutes, _) = await MinutesAsync(ops, null);
        Assert.Empty(minutes!.Actions);
    }

    [Fact]
    public async Task ActionItem_LinkedToAPlanTaskAndARisk_StoredWithTheLinkAndShownByName()
    {
        // Only the tasks of the month's published plans may be linked; the sample cycle is still open.
        var today = DashboardSampleData.Today();
        var cycleId = PlanCycle.IdFor(PlanPeriod.Monthly(today.Year, today.Month));
        var cycleKey = new DocumentKey(cycleId, PlanCycle.DocumentId);
        var cycle = (await _server.Store.ReadAsync<PlanCycle>(StorageContainers.Plans, cycleKey, CancellationToken.None))!.Value;
        await _server.Store.UpsertAsync(StorageContainers.Plans, cycleKey, cycle with { State = PlanCycleState.Published }, CancellationToken.None);
        using var ops = await SignedInAsync("wang-min");
        var (_, version) = await MinutesAsync(ops, null);
        using (var task = await PostAsync(ops, "actions", version, new { title = "解除续签阻碍", owner = "zhang-wei", deadline = Tomorrow(), link = PanelLink.Task("sales", "s1") }))
        {
            Assert.True(task.StatusCode == HttpStatusCode.OK, await task.Content.ReadAsStringAsync());
            version = task.Headers.ETag!.ToString();
        }

        using var risk = await PostAsync(ops, "actions", version, new { title = "拜访主要客户", owner = "zhang-wei", deadline = Tomorrow(), link = PanelLink.Risk("sales", "r-sales-1") });

        Assert.True(risk.StatusCode == HttpStatusCode.OK, await risk.Content.ReadAsStringAsync());
        var shown = (await risk.Content.ReadFromJsonAsync<PanelMinutes>(JsonSerializerOptions.Web))!.Actions;
        Assert.Contains(shown, a => a.Title == "解除续签阻碍" && a.Link!.Contains(DashboardSampleData.SalesBlockedTask, StringComparison.Ordinal));
        Assert.Contains(shown, a => a.Title == "拜访主要客户" && a.Link!.Contains(DashboardSampleData.SalesRiskDescription, StringComparison.Ordinal));
        var stored = await AllAsync<ActionItem>(MinutesIds.Partition("weekly-operations", DashboardSampleData.Today()));
        Assert.Contains(stored, i => i.Link is { Kind: ActionItemLinkKind.PlanTask, Id: "sales:s1" });
        Assert.Contains(stored, i => i.Link is { Kind: ActionItemLinkKind.Risk, Id: "sales:r-sales-1" });
    }

    [Fact]
    public async Task Decision_Blank_BadRequestWithTheMachinesErrorBesideTheTextInEnglish()
    {
        using var ops = await SignedInAsync("wang-min");
        var (_, version) = await MinutesAsync(ops, null);

        using var response = await PostAsync(ops, "decisions", version, new { text = "  " }, "en-US");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(Localizer.EnUs["Minutes.Validation.Required"], body.GetProperty("fields").GetProperty(PanelFields.DecisionText).GetString());
        var (minutes, _) = await MinutesAsync(ops, null);
        Assert.Empty(minutes!.Decisions);
    }

    [Fact]
    public async Task Decision_MalformedJson_BadRequest()
    {
        using var ops = await SignedInAsync("wang-min");
        var (_, version) = await MinutesAsync(ops, null);
        using var request = await WriteRequestAsync(ops, "decisions", version, new StringContent("{\"text\": ", Encoding.UTF8, "application/json"));

        using var response = await ops.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task ActionItem_ResentWithTheSameIdempotencyKeyAndTheOldVersion_RecordedOnceAndAnsweredOk()
    {
        using var ops = await SignedInAsync("wang-min");
        var (_, version) = await MinutesAsync(ops, null);
        var body = new { title = "复核预算", owner = "liu-yang", deadline = Tomorrow(), link = "" };
        using (var first = await PostAsync(ops, "actions", version, body, key: "retry-1"))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        // The page resends what it sent, the old version included, when the first answer was lost.
        using var retry = await PostAsync(ops, "actions", version, body, key: "retry-1");

        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        var (minutes, _) = await MinutesAsync(ops, null);
        Assert.Single(minutes!.Actions);
    }

    private static string Tomorrow() => DashboardSampleData.Today().AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private Task<HttpClient> SignedInAsync(string personId) => _server.SignedInAsync(personId);

    /// <summary>The minutes and their version; null minutes when the version still holds (304).</summary>
    private static async Task<(PanelMinutes? Minutes, string Version)> MinutesAsync(HttpClient client, string? version)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/dashboard/panel/api/minutes", UriKind.Relative));
        if (version is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", version);
        }

        using var response = await client.SendAsync(request);
        var etag = response.Headers.ETag!.ToString();
        if (response.StatusCode == HttpStatusCode.NotModified)
        {
            return (null, etag);
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return ((await response.Content.ReadFromJsonAsync<PanelMinutes>(JsonSerializerOptions.Web))!, etag);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string what, string version, object body, string locale = "zh-CN", string? key = null)
    {
        using var request = await WriteRequestAsync(client, what + "?locale=" + locale, version, JsonContent.Create(body));
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        return await client.SendAsync(request);
    }

    /// <summary>A write as the page sends it: the antiforgery token of the local sign-in and If-Match.</summary>
    private static async Task<HttpRequestMessage> WriteRequestAsync(HttpClient client, string what, string version, HttpContent content)
    {
        var token = (await client.GetFromJsonAsync<JsonElement>(new Uri("/dashboard/panel/api/antiforgery", UriKind.Relative))).GetProperty("token").GetString()!;
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/dashboard/panel/api/" + what, UriKind.Relative)) { Content = content };
        request.Headers.Add(PanelLimits.AntiforgeryHeader, token);
        request.Headers.TryAddWithoutValidation("If-Match", version);
        return request;
    }

    private async Task<List<T>> AllAsync<T>(string partition)
    {
        var all = new List<T>();
        await foreach (var stored in _server.Store.QueryAsync<T>(StorageContainers.Meetings, partition, DocumentQuery.Of<T>(), CancellationToken.None))
        {
            all.Add(stored.Value);
        }

        return all;
    }
}
