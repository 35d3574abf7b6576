using System.Text.Json.Nodes;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Organisation;
using OpsRhythm.EndToEndTests.Playground;
using F = OpsRhythm.Domain.Organisation.OrganisationFields;

namespace OpsRhythm.EndToEndTests.Conversation;

/// <summary>Action.Execute round trips through the Playground: the invoke response's card replaces the clicked card.</summary>
[Collection(PlaygroundCollectionDefinition.Name)]
public sealed class CardActionTests(PlaygroundFixture fixture)
{
    private const string AdaptiveCard = "application/vnd.microsoft.card.adaptive";

    [Fact]
    public async Task OrganisationCard_OpenSettingsThenBack_ReplacesCardInPlace()
    {
        var client = fixture.Client;
        var organisation = await ShowOrganisationAsync(client);

        var form = await client.InvokeCardActionAsync(
            client.PersonalChatId, organisation.MessageId!, organisation.FindExecuteAction(OrganisationVerbs.SettingsForm)!);

        var formCard = AssertCard(form);
        var back = FindExecuteAction(formCard, OrganisationVerbs.Show);
        Assert.NotNull(FindExecuteAction(formCard, OrganisationVerbs.SaveSettings));

        var again = await client.InvokeCardActionAsync(client.PersonalChatId, organisation.MessageId!, back);

        var againCard = AssertCard(again);
        Assert.NotNull(FindExecuteAction(againCard, OrganisationVerbs.SettingsForm));
    }

    [Fact]
    public async Task SettingsForm_SaveInvalidTimeZone_ShowsErrorUnderFieldAndKeepsInput()
    {
        var client = fixture.Client;
        var organisation = await ShowOrganisationAsync(client);
        var formCard = AssertCard(await client.InvokeCardActionAsync(
            client.PersonalChatId, organisation.MessageId!, organisation.FindExecuteAction(OrganisationVerbs.SettingsForm)!));
        var inputs = new JsonObject
        {
            [F.OpsChannel] = InputValue(formCard, F.OpsChannel),
            [F.AnnouncementChannel] = InputValue(formCard, F.AnnouncementChannel),
            [F.TimeZone] = "Mars/Olympus_Mons",
        };

        var saved = await client.InvokeCardActionAsync(
            client.PersonalChatId, organisation.MessageId!, FindExecuteAction(formCard, OrganisationVerbs.SaveSettings), inputs);

        var card = AssertCard(saved);
        var text = string.Join('\n', CardText.Strings(card));
        Assert.Equal("Mars/Olympus_Mons", InputValue(card, F.TimeZone));
        Assert.True(
            text.Contains(Localizer.ZhCn.Format("Organisation.Error.TimeZone", "Mars/Olympus_Mons"), StringComparison.Ordinal)
            || text.Contains(Localizer.EnUs.Format("Organisation.Error.TimeZone", "Mars/Olympus_Mons"), StringComparison.Ordinal),
            text);
    }

    private static async Task<PlaygroundMessage> ShowOrganisationAsync(PlaygroundClient client)
    {
        var since = client.Feed.Position;
        await client.SendMessageAsync(client.PersonalChatId, "组织架构");
        return await client.Feed.WaitForAsync(
            m => m.Action == PlaygroundMessage.Created && m.FindExecuteAction(OrganisationVerbs.SettingsForm) is not null, since);
    }

    private static JsonObject AssertCard(JsonObject invokeResponse)
    {
        // The Playground passes on the bot's type and value (not its statusCode).
        Assert.Equal(AdaptiveCard, invokeResponse["type"]?.GetValue<string>());
        return Assert.IsType<JsonObject>(invokeResponse["value"]);
    }

    private static JsonObject FindExecuteAction(JsonObject card, string verb) =>
        CardText.Actions(card).FirstOrDefault(a => a["verb"]?.GetValue<string>() == verb)
            ?? throw new Xunit.Sdk.XunitException($"No Action.Execute '{verb}' on the card: {card.ToJsonString()}");

    private static string? InputValue(JsonObject card, string id) =>
        Descendants(card).FirstOrDefault(o => o["id"]?.GetValue<string>() == id && o["type"]?.GetValue<string>()?.StartsWith("Input.", StringComparison.Ordinal) == true)
            ?["value"]?.GetValue<string>();

    private static IEnumerable<JsonObject> Descendants(JsonNode? node) => node switch
    {
        JsonObject obj => new[] { obj }.Concat(obj.SelectMany(p => Descendants(p.Value))),
        JsonArray array => array.SelectMany(Descendants),
        _ => [],
    };
}
