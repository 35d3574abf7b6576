using Microsoft.Graph;
using Microsoft.Kiota.Abstractions.Authentication;
using OpsRhythm.Bot.Delivery;
using OpsRhythm.Bot.Graph;

namespace OpsRhythm.IntegrationTests.Graph;

public sealed class GraphActivityFeedTests : IAsyncLifetime
{
    private const string BotAppId = "00000000-0000-0000-0000-00000000b07a";
    private FakeGraph _graph = null!;
    private GraphActivityFeed _feed = null!;

    public async Task InitializeAsync()
    {
        _graph = await FakeGraph.StartAsync();
        _graph.Answers.Enqueue((204, null, string.Empty));
        var client = new GraphServiceClient(new AnonymousAuthenticationProvider(), _graph.BaseUrl.ToString());
        _feed = new GraphActivityFeed(client, new Uri("https://teams.microsoft.com/"), BotAppId);
    }

    public async Task DisposeAsync() => await _graph.DisposeAsync();

    [Fact]
    public async Task Notify_TemplatedItem_PostsTypeParametersTopicAndPreview()
    {
        var item = ActivityFeedItem.Create(ActivityFeedTypes.ApprovalRequested, ("actor", "李强"), ("planName", "销售部 2026年12月 月度计划"));

        await _feed.NotifyAsync("aad-li-qiang", item, "李强 提交了 销售部 2026年12月 月度计划，请审核", CancellationToken.None);

        var (method, path, body) = Assert.Single(_graph.Requests);
        Assert.Equal(("POST", "/v1.0/users/aad-li-qiang/teamwork/sendActivityNotification"), (method, path));
        Assert.Equal("approvalRequested", body!["activityType"]!.GetValue<string>());
        Assert.Equal(
            [("actor", "李强"), ("planName", "销售部 2026年12月 月度计划")],
            body["templateParameters"]!.AsArray().Select(p => (p!["name"]!.GetValue<string>(), p["value"]!.GetValue<string>())).Order());
        var topic = body["topic"]!;
        Assert.Equal("text", topic["source"]!.GetValue<string>());
        Assert.False(string.IsNullOrWhiteSpace(topic["value"]!.GetValue<string>()));
        Assert.Equal($"https://teams.microsoft.com/l/chat/0/0?users=28:{BotAppId}", topic["webUrl"]!.GetValue<string>());
        Assert.Equal("李强 提交了 销售部 2026年12月 月度计划，请审核", body["previewText"]!["content"]!.GetValue<string>());
    }

    [Fact]
    public async Task Notify_LongPreview_IsCutToGraphsLimitWithoutSplittingACharacter()
    {
        var item = ActivityFeedItem.Create(ActivityFeedTypes.PlanApproved, ("planName", "公司 2026 年度计划"));
        var preview = new string('审', 148) + "😀😀";

        await _feed.NotifyAsync("aad-chen-jing", item, preview, CancellationToken.None);

        var content = Assert.Single(_graph.Requests).Body!["previewText"]!["content"]!.GetValue<string>();
        Assert.True(content.Length <= GraphActivityFeed.MaxPreviewLength, $"{content.Length} characters");
        Assert.StartsWith(new string('审', 148), content, StringComparison.Ordinal);
        Assert.EndsWith("…", content, StringComparison.Ordinal);
        Assert.DoesNotContain(content, char.IsSurrogate);
    }

    [Fact]
    public async Task Notify_GraphRefuses_ThrowsForTheCallerToLog()
    {
        _graph.Answers.Clear();
        _graph.Answers.Enqueue((400, null, """{"error":{"code":"BadRequest","message":"Template parameters do not match"}}"""));
        var item = ActivityFeedItem.Create(ActivityFeedTypes.PlanReturned, ("planName", "生产部 2026年12月 月度计划"), ("reason", "目标偏低"));

        await Assert.ThrowsAsync<Microsoft.Graph.Models.ODataErrors.ODataError>(() => _feed.NotifyAsync("aad-zhang-wei", item, "退回", CancellationToken.None));
    }
}
