using Microsoft.Extensions.DependencyInjection;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Protocol.Activities;

namespace OpsRhythm.UnitTests.Turns;

/// <summary>
/// One language per person: some clients stamp install and welcome events (and every click) en-US, so
/// the event's locale never decides; what the person types does, then what was remembered, their
/// recorded locale, the organisation's default (the sample: zh-CN).
/// </summary>
public sealed class OneLanguagePerPersonTests
{
    [Fact]
    public async Task A_Chinese_speaker_whose_install_event_says_en_US_is_welcomed_in_Chinese_in_personal_chat()
    {
        using var harness = new RouterHarness();
        var install = TestActivities.Message(string.Empty, fromId: "user-id-1", locale: "en-US") with { Type = ActivityTypes.InstallationUpdate, Action = "add", Text = null };

        await harness.RouteAsync(install);

        var card = Assert.Single(harness.Sent).CardJson;
        Assert.Contains(Localizer.ZhCn["Welcome.Role.DepartmentHead"], card, StringComparison.Ordinal);
        Assert.DoesNotContain(Localizer.EnUs["Welcome.Role.DepartmentHead"], card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_Chinese_speaker_adding_the_app_to_a_group_chat_with_an_en_US_event_gets_a_Chinese_welcome()
    {
        using var harness = new RouterHarness();
        var added = TestActivities.Message(string.Empty, fromId: "user-id-1", locale: "en-US") with
        {
            Type = ActivityTypes.ConversationUpdate,
            Text = null,
            Conversation = new ConversationAccount("19:group@thread.v2") { ConversationType = ConversationTypes.GroupChat },
            MembersAdded = [new ChannelAccount(TestActivities.BotId)],
        };

        await harness.RouteAsync(added);

        var card = Assert.Single(harness.Sent).CardJson;
        Assert.Contains(Localizer.ZhCn["Welcome.SharedGreeting"], card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_Chinese_speaker_adding_the_app_to_a_team_with_an_en_US_event_gets_a_Chinese_welcome_in_the_channel()
    {
        using var harness = new RouterHarness();
        var added = TestActivities.ChannelMention(string.Empty, fromId: "user-id-1") with
        {
            Type = ActivityTypes.ConversationUpdate,
            Text = null,
            Locale = "en-US",
            MembersAdded = [new ChannelAccount(TestActivities.BotId)],
        };

        await harness.RouteAsync(added);

        var card = Assert.Single(harness.Sent).CardJson;
        Assert.Contains(Localizer.ZhCn["Welcome.SharedGreeting"], card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Opening_a_colleagues_card_answers_in_the_clickers_language_not_the_events()
    {
        using var harness = new RouterHarness();
        using var scope = harness.Services.CreateScope();
        var turns = scope.ServiceProvider.GetRequiredService<TurnFactory>();

        // 陈静 (recorded zh-CN) opens 李强's task editor from a client that stamps the click en-US.
        var click = TestActivities.Invoke("plan.task.edit", fromId: "user-id-5", locale: "en-US");

        Assert.False((await turns.CreateAsync(click, CancellationToken.None)).Text.IsEnglish);
    }

    [Fact]
    public async Task What_a_person_types_decides_that_turn_and_is_remembered_for_their_clicks()
    {
        using var harness = new RouterHarness();
        using var scope = harness.Services.CreateScope();
        var turns = scope.ServiceProvider.GetRequiredService<TurnFactory>();

        var english = await turns.CreateAsync(TestActivities.Message("help", fromId: "user-id-5", locale: "en-US"), CancellationToken.None);
        var click = await turns.CreateAsync(TestActivities.Invoke("plan.task.edit", fromId: "user-id-5", locale: "zh-CN"), CancellationToken.None);
        var chinese = await turns.CreateAsync(TestActivities.Message("帮助", fromId: "user-id-5", locale: "en-US"), CancellationToken.None);
        var question = await turns.CreateAsync(TestActivities.Message("?", fromId: "user-id-5", locale: "en-US"), CancellationToken.None);

        Assert.True(english.Text.IsEnglish);
        Assert.True(click.Text.IsEnglish);
        Assert.False(chinese.Text.IsEnglish);
        Assert.False(question.Text.IsEnglish);
    }

    [Fact]
    public async Task What_a_person_types_is_stored_with_the_person_not_the_instance()
    {
        using var harness = new RouterHarness();
        using var scope = harness.Services.CreateScope();
        var turns = scope.ServiceProvider.GetRequiredService<TurnFactory>();

        await turns.CreateAsync(TestActivities.Message("help", fromId: "user-id-5", locale: "en-US"), CancellationToken.None);

        Assert.Equal("en-US", harness.Languages.Remembered["chen-jing"]);
    }

    [Fact]
    public async Task A_language_stored_by_another_instance_decides_this_persons_clicks()
    {
        using var harness = new RouterHarness();
        harness.Languages.Remembered["chen-jing"] = "en-US";
        using var scope = harness.Services.CreateScope();
        var turns = scope.ServiceProvider.GetRequiredService<TurnFactory>();

        var click = await turns.CreateAsync(TestActivities.Invoke("plan.task.edit", fromId: "user-id-5", locale: "zh-CN"), CancellationToken.None);

        Assert.True(click.Text.IsEnglish);
        Assert.True(click.Languages.For("chen-jing").IsEnglish);
    }

    [Fact]
    public async Task Events_a_client_stamps_en_US_are_never_remembered_so_the_bot_writes_to_that_person_in_the_default()
    {
        using var harness = new RouterHarness();
        var install = TestActivities.Message(string.Empty, fromId: "user-id-1", locale: "en-US") with { Type = ActivityTypes.InstallationUpdate, Action = "add", Text = null };
        await harness.RouteAsync(install);
        await harness.RouteAsync(TestActivities.Invoke("plan.task.edit", fromId: "user-id-1", locale: "en-US"));

        Assert.Empty(harness.Languages.Remembered);
        Assert.False((await harness.Languages.ForAsync(harness.Organisation, CancellationToken.None)).For("li-qiang").IsEnglish);
    }

    [Fact]
    public async Task Someone_with_no_known_language_reads_the_organisations_default()
    {
        using var harness = new RouterHarness();
        harness.Organisation = harness.Organisation with { DefaultLanguage = "en-US" };
        using var scope = harness.Services.CreateScope();
        var turns = scope.ServiceProvider.GetRequiredService<TurnFactory>();

        var turn = await turns.CreateAsync(TestActivities.Invoke("x", fromId: "user-id-1", locale: "zh-CN"), CancellationToken.None);

        Assert.True(turn.Text.IsEnglish);
    }

    [Theory]
    [InlineData("<at>OpsRhythm</at> ?", "en-US", null)]
    [InlineData("<at>OpsRhythm</at> 帮助", "en-US", "zh-CN")]
    [InlineData("monthly plan", null, "en-US")]
    [InlineData("help", "zh-CN", "zh-CN")]
    [InlineData("help", "en-US", "en-US")]
    [InlineData("2027-01", "en-US", null)]
    public void The_typed_language_ignores_mentions_of_the_bot(string text, string? clientLocale, string? expected) =>
        Assert.Equal(expected, TurnFactory.TypedLanguage(text, clientLocale));
}
