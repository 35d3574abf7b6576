using System.Text.Json.Nodes;
using OpsRhythm.Cards.Localization;

namespace OpsRhythm.EndToEndTests.Conversation;

[Collection(PlaygroundCollectionDefinition.Name)]
public sealed class HelpTests(PlaygroundFixture fixture)
{
    [Fact]
    public async Task Help_ChineseLocale_AnswersInChinese()
    {
        var client = fixture.Client;
        var since = client.Feed.Position;

        await client.SendMessageAsAsync(client.PersonalChatId, client.Config.CurrentUser.Id, "help", locale: "zh-CN");

        var answer = await client.Feed.WaitForMessageContainingAsync(Localizer.ZhCn["Welcome.HelpTitle"], since);
        Assert.Equal(client.PersonalChatId, answer.ConversationId);
        Assert.DoesNotContain(Localizer.EnUs["Welcome.HelpTitle"], answer.ReadableText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_EnglishLocale_AnswersInEnglish()
    {
        var client = fixture.Client;
        var since = client.Feed.Position;

        await client.SendMessageAsAsync(client.PersonalChatId, client.Config.CurrentUser.Id, "help", locale: "en-US");

        var answer = await client.Feed.WaitForMessageContainingAsync(Localizer.EnUs["Welcome.HelpTitle"], since);
        Assert.DoesNotContain(Localizer.ZhCn["Welcome.HelpTitle"], answer.ReadableText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_TypedInChineseInPlayground_AnswersInChinese()
    {
        var client = fixture.Client;
        var since = client.Feed.Position;

        // Typed through the Playground's own message API, which labels every message en-US.
        await client.SendMessageAsync(client.PersonalChatId, "帮助");

        var answer = await client.Feed.WaitForMessageContainingAsync(Localizer.ZhCn["Welcome.HelpTitle"], since);
        Assert.DoesNotContain(Localizer.EnUs["Welcome.HelpTitle"], answer.ReadableText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_MentionedInGroupChatByAnotherPerson_AnswersInTheGroupChat()
    {
        var client = fixture.Client;
        var since = client.Feed.Position;
        var liQiang = client.Config.User("user-id-1");

        // Group chats deliver only messages that @mention the bot, as Teams does; a custom activity carries its own entities.
        var activity = await client.NewActivityAsync(client.Config.GroupChatId, "message", liQiang.Id, locale: "zh-CN");
        activity["text"] = "<at>OpsRhythm</at> 帮助";
        activity["entities"]!.AsArray().Add(new JsonObject
        {
            ["type"] = "mention",
            ["text"] = "<at>OpsRhythm</at>",
            ["mentioned"] = activity["recipient"]!.DeepClone(),
        });
        await client.SendActivityAsync(activity);

        var answer = await client.Feed.WaitForMessageContainingAsync(Localizer.ZhCn["Welcome.HelpTitle"], since);
        Assert.Equal(client.Config.GroupChatId, answer.ConversationId);
    }
}
