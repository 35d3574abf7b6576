using System.Text.Json.Nodes;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Planning;
using OpsRhythm.Domain.Planning;
using OpsRhythm.EndToEndTests.Playground;

namespace OpsRhythm.EndToEndTests.Planning;

/// <summary>
/// What a person does with the planning cards in the Playground: everything happens in 王敏's personal
/// chat, acting as another person with the bot's local-run "扮演" command when a head or leadership acts
/// (their own 1:1 chats are not shown by the Playground).
/// </summary>
internal sealed class PlanningSteps(PlaygroundClient client)
{
    private const string AdaptiveCard = "application/vnd.microsoft.card.adaptive";

    public PlaygroundClient Client => client;

    public static string ChannelOps => "channel-ops";

    /// <summary>The sample organisation's departments: who heads each, and a member who can own a task.</summary>
    public static IReadOnlyList<(string Head, string Department, string Owner)> SampleDepartments { get; } =
    [
        ("li-qiang", "sales", "sun-hao"),
        ("wang-min", "ops", "gao-yu"),
        ("zhang-wei", "production", "wu-gang"),
        ("liu-yang", "finance", "he-jun"),
        ("zhao-li", "hr", "ma-lin"),
    ];

    /// <summary>True when the strings read the text in either language (the bot answers in the person's language).</summary>
    public static bool Reads(IEnumerable<string> strings, Func<Localizer, string> text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var all = string.Join('\n', strings);
        return all.Contains(text(Localizer.ZhCn), StringComparison.Ordinal) || all.Contains(text(Localizer.EnUs), StringComparison.Ordinal);
    }

    public static bool Reads(PlaygroundMessage message, Func<Localizer, string> text) => Reads([message.ReadableText], text);

    public static bool Reads(JsonObject card, Func<Localizer, string> text) => Reads(CardText.Strings(card), text);

    /// <summary>A department's name as the bot writes it in that language.</summary>
    public static string Department(string zhCn, string enUs, Localizer text) => text.IsEnglish ? enUs : zhCn;

    public static string CycleName(PlanPeriod period, Localizer text) =>
        PlanNames.Cycle(new PlanCycle(PlanCycle.IdFor(period), period, PlanCycleState.Open), text);

    /// <summary>Says something in the personal chat and waits for the bot's answer that matches.</summary>
    public async Task<PlaygroundMessage> SayAsync(string text, Func<PlaygroundMessage, bool> match)
    {
        var since = client.Feed.Position;
        await client.SendMessageAsync(client.PersonalChatId, text);
        return await client.Feed.WaitForAsync(m => m.Action == PlaygroundMessage.Created && m.ConversationId == client.PersonalChatId && match(m), since);
    }

    public Task ActAsAsync(string personId) => SayAsync("扮演 " + personId, _ => true);

    public Task ActAsMeAsync() => SayAsync("恢复身份", _ => true);

    /// <summary>Runs a scenario that acts as others, then is 王敏 again whatever happened, so the next test starts as her.</summary>
    public async Task AsThemselvesAfterAsync(Func<PlanningSteps, Task> scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        try
        {
            await scenario(this);
        }
        finally
        {
            await ActAsMeAsync();
        }
    }

    /// <summary>Clicks the button with this verb (and section, if given) on a card shown in the personal chat and returns the card that replaces it.</summary>
    public async Task<JsonObject> ClickAsync(string messageId, JsonObject card, string verb, JsonObject? inputs = null, string? section = null) =>
        CardOf(await ClickActionAsync(messageId, Action(card, verb, section), inputs));

    public Task<JsonObject> ClickActionAsync(string messageId, JsonObject action, JsonObject? inputs = null) =>
        client.InvokeCardActionAsync(client.PersonalChatId, messageId, action, inputs);

    public static JsonObject CardOf(JsonObject invokeResponse)
    {
        Assert.True(AdaptiveCard == invokeResponse["type"]?.GetValue<string>(), "Expected a card, got: " + invokeResponse.ToJsonString());
        return Assert.IsType<JsonObject>(invokeResponse["value"]);
    }

    public static JsonObject Action(JsonObject card, string verb, string? section = null) =>
        FindAction(card, verb, section) ?? throw new Xunit.Sdk.XunitException($"No Action.Execute '{verb}' on the card: {card.ToJsonString()}");

    public static JsonObject? FindAction(JsonObject card, string verb, string? section = null) =>
        CardText.Actions(card).FirstOrDefault(a =>
            a["type"]?.GetValue<string>() == "Action.Execute" && a["verb"]?.GetValue<string>() == verb
            && (section is null || a["data"]?[PlanVerbs.SectionKey]?.GetValue<string>() == section));

    public static IReadOnlyList<string> Strings(JsonObject card) => CardText.Strings(card).ToList();

    /// <summary>The bot learns a channel's conversation when it is @mentioned there, as after installation in a team.</summary>
    public async Task LetBotSeeChannelAsync(string channel)
    {
        var since = client.Feed.Position;
        var activity = await client.NewActivityAsync(channel, "message", client.Config.CurrentUser.Id);
        activity["text"] = "<at>OpsRhythm</at> 帮助";
        activity["entities"]!.AsArray().Add(new JsonObject
        {
            ["type"] = "mention",
            ["text"] = "<at>OpsRhythm</at>",
            ["mentioned"] = activity["recipient"]!.DeepClone(),
        });
        await client.SendActivityAsync(activity);
        await client.Feed.WaitForAsync(m => m.Action == PlaygroundMessage.Created && m.ConversationId.StartsWith(channel, StringComparison.Ordinal), since);
    }

    /// <summary>A message the bot posts in the ops channel after <paramref name="since"/> that matches.</summary>
    public Task<PlaygroundMessage> ChannelPostAsync(int since, Func<PlaygroundMessage, bool> match) =>
        client.Feed.WaitForAsync(m => m.Action == PlaygroundMessage.Created && m.ConversationId.StartsWith(ChannelOps, StringComparison.Ordinal) && match(m), since);

    /// <summary>A card the bot sends to 王敏's personal chat after <paramref name="since"/> with a button of this verb for this entity.</summary>
    public Task<PlaygroundMessage> PersonalCardAsync(int since, string verb, string entityId) =>
        client.Feed.WaitForAsync(
            m => m.Action == PlaygroundMessage.Created && m.ConversationId == client.PersonalChatId
                && m.ExecuteActions.Any(a => a["verb"]?.GetValue<string>() == verb && a["data"]?["id"]?.GetValue<string>() == entityId),
            since);
}
