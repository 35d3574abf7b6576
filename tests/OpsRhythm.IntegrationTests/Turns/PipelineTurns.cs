using OpsRhythm.Bot.Turns;
using OpsRhythm.Cards.Actions;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.IntegrationTests.Indicators;
using OpsRhythm.Protocol.Activities;

namespace OpsRhythm.IntegrationTests.Turns;

/// <summary>Card turns as the dispatcher hands them to a handler: a known person of the sample organisation clicking a card drawn at a version.</summary>
internal static class PipelineTurns
{
    public static CardTurn Click(Person actor, string? version, IReadOnlyDictionary<string, string>? inputs = null)
    {
        var data = new Dictionary<string, string>(inputs ?? new Dictionary<string, string>(), StringComparer.Ordinal);
        if (version is not null)
        {
            data[ActionData.VersionKey] = version;
        }

        return Click(actor, "test.count", data, FeatureFlowOrganisation.Profile);
    }

    /// <summary>A click on a feature's button: its verb, and the data the button carries with the inputs typed over it.</summary>
    public static CardTurn Click(Person actor, string verb, IReadOnlyDictionary<string, string> data, OrganisationProfile organisation)
    {
        var turn = new Turn
        {
            Activity = new Activity
            {
                Type = ActivityTypes.Invoke,
                Id = "incoming",
                From = new ChannelAccount(actor.Id, actor.Name.ZhCn),
                Recipient = new ChannelAccount("bot", "OpsRhythm"),
                Conversation = new ConversationAccount("personal-" + actor.Id) { ConversationType = ConversationTypes.Personal },
                Locale = "zh-CN",
            },
            Text = Localizer.ZhCn,
            Organisation = organisation,
            Actor = actor,
        };
        return new CardTurn(turn, actor, new CardActionRequest(verb, data, false));
    }
}
