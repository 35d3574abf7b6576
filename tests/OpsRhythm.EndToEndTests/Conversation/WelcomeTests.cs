using OpsRhythm.Cards.Localization;

namespace OpsRhythm.EndToEndTests.Conversation;

[Collection(PlaygroundCollectionDefinition.Name)]
public sealed class WelcomeTests(PlaygroundFixture fixture)
{
    [Fact]
    public async Task Install_PersonalChat_WelcomesWangMinByNameInChinese()
    {
        var client = fixture.Client;
        var since = client.Feed.Position;

        await client.InstallAsync(client.PersonalChatId);

        var welcome = await client.Feed.WaitForMessageContainingAsync(Localizer.ZhCn["Welcome.Title"], since);
        Assert.Equal(client.PersonalChatId, welcome.ConversationId);
        Assert.Single(welcome.Cards);
        Assert.Contains("王敏", welcome.ReadableText, StringComparison.Ordinal);
    }
}
