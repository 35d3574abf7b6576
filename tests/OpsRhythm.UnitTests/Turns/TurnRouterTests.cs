using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Protocol.Activities;
using OpsRhythm.Protocol.Invokes;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.UnitTests.Turns;

public sealed class TurnRouterTests
{
    private static readonly AdaptiveCard DoneCard = new([new TextBlock("done")]);

    [Fact]
    public async Task Route_HelpMessage_SendsHelpCardToTheConversation()
    {
        using var harness = new RouterHarness();

        var outcome = await harness.RouteAsync(TestActivities.Message("帮助"));

        Assert.Equal(200, outcome.StatusCode);
        Assert.Null(outcome.InvokeResponse);
        var call = Assert.Single(harness.Sent);
        Assert.Equal("send", call.Operation);
        Assert.Equal(TestActivities.PersonalConversation, call.ConversationId);
        Assert.Equal(new Uri(TestActivities.ServiceUrl), call.ServiceUrl);
        Assert.Contains(Localizer.ZhCn["Welcome.HelpTitle"], call.CardJson, StringComparison.Ordinal);
        Assert.Equal("user-id-0", call.Activity.Recipient?.Id);
    }

    [Fact]
    public async Task Route_ChannelMessageMentioningBot_StripsMentionAndRepliesInThread()
    {
        using var harness = new RouterHarness();

        await harness.RouteAsync(TestActivities.ChannelMention("help"));

        var call = Assert.Single(harness.Sent);
        Assert.Equal("reply", call.Operation);
        Assert.Equal("incoming-1", call.ActivityId);
        Assert.Contains(Localizer.ZhCn["Welcome.HelpTitle"], call.CardJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Route_CommandFromSomeoneOutsideTheOrganisation_TellsThemTheirNameAndIdsForTheAdministrator()
    {
        var command = new Mock<IChatCommand>();
        command.SetupGet(c => c.Name).Returns("monthly-plan");
        command.SetupGet(c => c.Phrases).Returns(["monthly plan"]);
        using var harness = new RouterHarness(configure: s => s.AddSingleton(command.Object));
        harness.Organisation = harness.Organisation with { People = [] };
        var activity = TestActivities.Message("monthly plan", fromId: "29:stranger", locale: "en-US");
        activity = activity with { From = new ChannelAccount("29:stranger", "Zhou Ming") { AadObjectId = "8f1c0a2e-5b7d-4e21-9c3a-1d2e3f4a5b6c" } };

        await harness.RouteAsync(activity);

        var text = Assert.Single(harness.Sent).Activity.Text;
        Assert.Equal(Localizer.EnUs.Format("Organisation.NotInOrganisation", "Zhou Ming", "8f1c0a2e-5b7d-4e21-9c3a-1d2e3f4a5b6c", "29:stranger"), text);
        command.Verify(c => c.HandleAsync(It.IsAny<Turn>(), It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task Route_UnknownText_RepliesNotUnderstoodInTheClientsLanguage()
    {
        using var harness = new RouterHarness();
        harness.Organisation = harness.Organisation with { People = [] };

        await harness.RouteAsync(TestActivities.Message("bake a cake", locale: "en-US"));

        var call = Assert.Single(harness.Sent);
        Assert.Equal(Localizer.EnUs.Format("Common.Chat.NotUnderstood", "bake a cake"), call.Activity.Text);
    }

    /// <summary>Issue 13: a phishing link typed in a group chat must not come back as a link under the bot's name.</summary>
    [Fact]
    public async Task Route_MarkdownLinkInAGroupChat_EchoesPlainShortTextWithoutTheLink()
    {
        using var harness = new RouterHarness();
        harness.Organisation = harness.Organisation with { People = [] };
        var mention = new MentionEntity(new ChannelAccount(TestActivities.BotId, "OpsRhythm"), "<at>OpsRhythm</at>");
        var activity = TestActivities.Message("<at>OpsRhythm</at> [请点击重新登录](https://evil.example/login)") with
        {
            Conversation = new ConversationAccount("19:group@thread.v2") { ConversationType = ConversationTypes.GroupChat },
            Entities = [Entity.From("mention", mention)],
        };

        await harness.RouteAsync(activity);

        var reply = Assert.Single(harness.Sent).Activity;
        Assert.Equal("plain", reply.TextFormat);
        Assert.Equal(Localizer.ZhCn.Format("Common.Chat.NotUnderstood", "请点击重新登录 https evil examp…"), reply.Text);
        Assert.DoesNotContain("](", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("://", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("evil.example", reply.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("**粗体** _斜体_ `代码`", "粗体 斜体 代码")]
    [InlineData("<a href=\"https://x.example\">登录</a>", "a href https x example 登…")]
    [InlineData("www.evil.example", "www evil example")]
    [InlineData("第一行\n# 标题", "第一行 标题")]
    public void EchoedText_MarkupAndAddresses_LettersDigitsAndSpacesOnly(string typed, string echoed) =>
        Assert.Equal(echoed, EchoedText.Of(typed));

    [Fact]
    public void EchoedText_LongText_CappedWithAnEllipsis() =>
        Assert.Equal(new string('长', EchoedText.MaxLength) + "…", EchoedText.Of(new string('长', 5000)));

    [Fact]
    public async Task Route_ChineseTextFromAnEnglishClient_RepliesInChinese()
    {
        using var harness = new RouterHarness();
        harness.Organisation = harness.Organisation with { People = [] };

        await harness.RouteAsync(TestActivities.Message("做蛋糕", locale: "en-US"));

        var call = Assert.Single(harness.Sent);
        Assert.Equal(Localizer.ZhCn.Format("Common.Chat.NotUnderstood", "做蛋糕"), call.Activity.Text);
    }

    [Fact]
    public async Task Route_CommandThrows_RepliesUnexpectedErrorInsteadOfFailing()
    {
        var failing = new Mock<IChatCommand>();
        failing.SetupGet(c => c.Phrases).Returns(["explode"]);
        failing.SetupGet(c => c.Name).Returns("explode");
        failing.Setup(c => c.HandleAsync(It.IsAny<Turn>(), It.IsAny<string>(), It.IsAny<CancellationToken>())).ThrowsAsync(new InvalidOperationException("boom"));
        using var harness = new RouterHarness(configure: s => s.AddSingleton<IChatCommand>(failing.Object));

        var outcome = await harness.RouteAsync(TestActivities.Message("explode"));

        Assert.Equal(200, outcome.StatusCode);
        Assert.Equal(Localizer.ZhCn["Common.Error.Unexpected"], Assert.Single(harness.Sent).Activity.Text);
    }

    [Fact]
    public async Task Route_InvokeWithKnownVerb_AnswersTheHandlersCardInTheInvokeResponse()
    {
        var handler = new RecordingHandler("plan.submit", (_, _) => CardActionResult.ShowCard(DoneCard));
        using var harness = new RouterHarness(configure: s => s.AddSingleton<ICardActionHandler>(handler));

        var outcome = await harness.RouteAsync(TestActivities.Invoke("plan.submit", new Dictionary<string, string> { ["verb"] = "plan.submit", ["id"] = "plan-1", ["v"] = "etag-1", ["comment"] = "ok" }));

        var response = Assert.IsType<AdaptiveCardInvokeResponse>(outcome.InvokeResponse);
        Assert.Equal(200, response.StatusCode);
        Assert.Equal(AdaptiveCardInvokeResponse.CardType, response.Type);
        Assert.Equal("done", response.Value.GetProperty("body")[0].GetProperty("text").GetString());
        var (turn, request) = Assert.Single(handler.Calls);
        Assert.Equal("wang-min", turn.Actor?.Id);
        Assert.Equal("plan-1", request.EntityId);
        Assert.Equal("etag-1", request.Version);
        Assert.Equal("ok", request.Value("comment"));
        Assert.Empty(harness.Sent);
    }

    [Fact]
    public async Task Route_InvokeWithUnknownVerb_AnswersUnknownActionError()
    {
        using var harness = new RouterHarness();

        var outcome = await harness.RouteAsync(TestActivities.Invoke("nobody.handles"));

        var response = Assert.IsType<AdaptiveCardInvokeResponse>(outcome.InvokeResponse);
        Assert.Equal(400, response.StatusCode);
        Assert.Equal(AdaptiveCardInvokeResponse.ErrorType, response.Type);
        Assert.Equal(Localizer.ZhCn["Common.Error.UnknownAction"], response.Value.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Route_InvokeAfterChineseMessage_AnswersInTheLanguageLastTyped()
    {
        using var harness = new RouterHarness();
        harness.Organisation = harness.Organisation with { People = [.. harness.Organisation.People.Select(p => p with { Locale = null })] };

        await harness.RouteAsync(TestActivities.Message("帮助", locale: "zh-CN"));
        var outcome = await harness.RouteAsync(TestActivities.Invoke("nobody.handles", locale: "en-US"));

        Assert.Equal(Localizer.ZhCn["Common.Error.UnknownAction"], outcome.InvokeResponse!.Value.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Route_InvokeWithoutVerb_AnswersBadRequest()
    {
        using var harness = new RouterHarness();
        var invoke = TestActivities.Invoke("x") with { Value = JsonSerializer.SerializeToElement(new { action = new { type = "Action.Execute" } }) };

        var outcome = await harness.RouteAsync(invoke);

        Assert.Equal(400, outcome.InvokeResponse?.StatusCode);
    }

    [Fact]
    public async Task Route_InvokeFromPersonOutsideOrganisation_AnswersForbiddenWithoutCallingHandler()
    {
        var handler = new RecordingHandler("plan.submit", (_, _) => CardActionResult.ShowCard(DoneCard));
        using var harness = new RouterHarness(configure: s => s.AddSingleton<ICardActionHandler>(handler));

        var outcome = await harness.RouteAsync(TestActivities.Invoke("plan.submit", fromId: "stranger"));

        Assert.Equal(403, outcome.InvokeResponse?.StatusCode);
        Assert.Empty(handler.Calls);
    }

    [Theory]
    [InlineData(true, 503, "storeBusy")]
    [InlineData(false, 500, "unexpected")]
    public async Task Route_InvokeHandlerThrows_AnswersErrorBodyWithHttp200(bool storeUnavailable, int expectedStatus, string expectedCode)
    {
        Exception failure = storeUnavailable ? new StoreUnavailableException("throttled") : new InvalidOperationException("bug");
        var handler = new RecordingHandler("plan.submit", (_, _) => throw failure);
        using var harness = new RouterHarness(configure: s => s.AddSingleton<ICardActionHandler>(handler));

        var outcome = await harness.RouteAsync(TestActivities.Invoke("plan.submit", locale: "en-US"));

        Assert.Equal(200, outcome.StatusCode);
        Assert.Equal(expectedStatus, outcome.InvokeResponse?.StatusCode);
        Assert.Equal(expectedCode, outcome.InvokeResponse?.Value.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Route_SubmitFallbackWithReplyToId_UpdatesTheCardItCameFrom()
    {
        var handler = new RecordingHandler("plan.submit", (_, _) => CardActionResult.ShowCard(DoneCard));
        using var harness = new RouterHarness(configure: s => s.AddSingleton<ICardActionHandler>(handler));

        var outcome = await harness.RouteAsync(TestActivities.Submit(new Dictionary<string, string> { ["verb"] = "plan.submit", ["id"] = "plan-1" }, replyToId: "card-activity-7"));

        Assert.Null(outcome.InvokeResponse);
        Assert.Equal("plan-1", Assert.Single(handler.Calls).Request.EntityId);
        var call = Assert.Single(harness.Sent);
        Assert.Equal("update", call.Operation);
        Assert.Equal("card-activity-7", call.ActivityId);
        Assert.Contains("done", call.CardJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Route_SubmitFallbackWithoutReplyToId_SendsTheCardAsNewMessage()
    {
        var handler = new RecordingHandler("plan.submit", (_, _) => CardActionResult.ShowCard(DoneCard));
        using var harness = new RouterHarness(configure: s => s.AddSingleton<ICardActionHandler>(handler));

        await harness.RouteAsync(TestActivities.Submit(new Dictionary<string, string> { ["verb"] = "plan.submit" }, replyToId: null));

        Assert.Equal("send", Assert.Single(harness.Sent).Operation);
    }

    [Fact]
    public async Task Route_SubmitFallbackWithError_RepliesTheErrorText()
    {
        var handler = new RecordingHandler("plan.submit", (_, _) => CardActionResult.ShowError(403, "forbidden", "not you"));
        using var harness = new RouterHarness(configure: s => s.AddSingleton<ICardActionHandler>(handler));

        await harness.RouteAsync(TestActivities.Submit(new Dictionary<string, string> { ["verb"] = "plan.submit" }, replyToId: "card-1"));

        Assert.Equal("not you", Assert.Single(harness.Sent).Activity.Text);
    }

    [Fact]
    public async Task Route_InvokeOtherThanCardAction_AnswersNotImplemented()
    {
        using var harness = new RouterHarness();

        var outcome = await harness.RouteAsync(TestActivities.Invoke("x") with { Name = "composeExtension/query" });

        Assert.Equal(501, outcome.StatusCode);
    }

    [Fact]
    public async Task Route_Message_RemembersTheConversationForTheRealPerson()
    {
        using var harness = new RouterHarness();

        await harness.RouteAsync(TestActivities.Message("help", fromId: "user-id-1"));

        harness.Conversations.Verify(c => c.RememberAsync(
            It.Is<Activity>(a => a.Conversation!.Id == TestActivities.PersonalConversation),
            It.Is<Person?>(p => p != null && p.Id == "li-qiang"),
            It.IsAny<CancellationToken>()));
    }

    [Fact]
    public void AddTurns_TwoHandlersClaimOneVerb_FailsWhenResolved()
    {
        using var harness = new RouterHarness(configure: s =>
        {
            s.AddSingleton<ICardActionHandler>(new RecordingHandler("plan.submit", (_, _) => CardActionResult.ShowMessage("a")));
            s.AddSingleton<ICardActionHandler>(new RecordingHandler("plan.submit", (_, _) => CardActionResult.ShowMessage("b")));
        });
        using var scope = harness.Services.CreateScope();

        Assert.Throws<InvalidOperationException>(() => scope.ServiceProvider.GetRequiredService<CardActionDispatcher>());
    }
}
