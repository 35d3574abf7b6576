using OpsRhythm.Cards.Localization;
using OpsRhythm.EndToEndTests.Playground;

namespace OpsRhythm.EndToEndTests.Conversation;

[Collection(PlaygroundCollectionDefinition.Name)]
public sealed class WelcomeTests(PlaygroundFixture fixture)
{
    [Fact]
    public async Task Install_PersonalChat_WelcomesWangMinByName()
    {
        var client = fixture.Client;

        await client.InstallAsync(client.PersonalChatId);

        // The bot welcomes a conversation once, and the Playground's web UI also installs the app when it first
        // loads (the browser test may run first): look at everything since the fixture started.
        // The Playground labels the install en-US; the bot may answer in the person's stored language instead.
        var welcome = await client.Feed.WaitForAsync(
            m => m.Action == PlaygroundMessage.Created
                && m.ConversationId == client.PersonalChatId
                && (m.Contains(Localizer.ZhCn["Welcome.Title"]) || m.Contains(Localizer.EnUs["Welcome.Title"])),
            since: 0);
        var text = welcome.Contains(Localizer.ZhCn["Welcome.Title"]) ? Localizer.ZhCn : Localizer.EnUs;
        var name = text.IsEnglish ? "Wang Min" : "王敏";
        Assert.Equal(client.PersonalChatId, welcome.ConversationId);
        Assert.Single(welcome.Cards);
        Assert.Contains(text.Format("Welcome.Greeting", name), welcome.ReadableText, StringComparison.Ordinal);
    }
}
