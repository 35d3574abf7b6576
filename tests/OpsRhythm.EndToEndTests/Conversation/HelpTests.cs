using OpsRhythm.Cards.Localization;

namespace OpsRhythm.EndToEndTests.Conversation;

[Collection(PlaygroundCollectionDefinition.Name)]
public sealed class HelpTests(PlaygroundFixture fixture)
{
    [Theory]
    [InlineData("help")]
    [InlineData("帮助")]
    public async Task Help_ChineseClient_AnswersInChinese(string command)
    {
        var client = fixture.Client;
        var since = client.Feed.Position;

        await client.SendMessageAsync(client.PersonalChatId, command);

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
    public async Task Help_MentionedInGroupChatByAnotherPerson_AnswersInTheGroupChat()
    {
        var client = fixture.Client;
        var since = client.Feed.Position;
        var liQiang = client.Config.User("user-id-1");

        // Group chats deliver only messages that @mention the bot, as Teams does; a custom activity carries its own entities.
        var activity = await client.NewActivityAsync(client.Config.GroupChatId, "message", liQiang.Id);
        var bot = activity["recipient"]!.DeepClone();
        activity["text"] = "<at>OpsRhythm</at> 帮助";
        activity["entities"]!.AsArray().Add(new System.Text.Json.Nodes.JsonObject
        {
            ["type"] = "mention",
            ["text"] = "<at>OpsRhythm</at>",
            ["mentioned"] = bot,
        });
        await client.SendActivityAsync(activity);

        var answer = await client.Feed.WaitForMessageContainingAsync(Localizer.ZhCn["Welcome.HelpTitle"], since);
        Assert.Equal(client.Config.GroupChatId, answer.ConversationId);
    }
}
