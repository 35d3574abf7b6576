using Moq;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Protocol.Activities;

namespace OpsRhythm.UnitTests.Turns;

public sealed class ConversationUpdateTests
{
    [Fact]
    public async Task Route_InstallationAdd_RemembersConversationAndWelcomesByRole()
    {
        using var harness = new RouterHarness();
        var install = TestActivities.Message(string.Empty, fromId: "user-id-1") with { Type = ActivityTypes.InstallationUpdate, Action = "add", Text = null };

        await harness.RouteAsync(install);

        harness.Conversations.Verify(c => c.RememberAsync(install, It.Is<OpsRhythm.Domain.Organisation.Person?>(p => p!.Id == "li-qiang"), It.IsAny<CancellationToken>()));
        var card = Assert.Single(harness.Sent).CardJson;
        Assert.Contains(Localizer.ZhCn["Welcome.Role.DepartmentHead"], card, StringComparison.Ordinal);
        Assert.DoesNotContain(Localizer.ZhCn["Welcome.Role.Administrator"], card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Route_SecondAnnouncementOfSameInstall_DoesNotWelcomeAgain()
    {
        using var harness = new RouterHarness();
        harness.Conversations.Setup(c => c.TryMarkWelcomedAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync(false);
        var botAdded = TestActivities.Message(string.Empty) with
        {
            Type = ActivityTypes.ConversationUpdate,
            Text = null,
            MembersAdded = [new ChannelAccount(TestActivities.BotId)],
        };

        await harness.RouteAsync(botAdded);

        Assert.Empty(harness.Sent);
        harness.Conversations.Verify(c => c.RememberAsync(botAdded, It.IsAny<OpsRhythm.Domain.Organisation.Person?>(), It.IsAny<CancellationToken>()));
    }

    [Fact]
    public async Task Route_MemberJoinsTeamChannel_RemembersButDoesNotPost()
    {
        using var harness = new RouterHarness();
        var memberAdded = TestActivities.ChannelMention(string.Empty) with
        {
            Type = ActivityTypes.ConversationUpdate,
            Text = null,
            MembersAdded = [new ChannelAccount("user-id-9")],
        };

        await harness.RouteAsync(memberAdded);

        Assert.Empty(harness.Sent);
        harness.Conversations.Verify(c => c.TryMarkWelcomedAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task Route_BotAddedToTeam_PostsSharedWelcomeToTheChannel()
    {
        using var harness = new RouterHarness();
        var botAdded = TestActivities.ChannelMention(string.Empty) with
        {
            Type = ActivityTypes.ConversationUpdate,
            Text = null,
            MembersAdded = [new ChannelAccount(TestActivities.BotId)],
        };

        await harness.RouteAsync(botAdded);

        var card = Assert.Single(harness.Sent).CardJson;
        Assert.Contains(Localizer.ZhCn["Welcome.SharedGreeting"], card, StringComparison.Ordinal);
        Assert.DoesNotContain(Localizer.ZhCn["Welcome.Role.Administrator"], card, StringComparison.Ordinal);
    }
}
