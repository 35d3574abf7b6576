using System.Text.Json;
using OpsRhythm.Bot.Organisation.Languages;
using OpsRhythm.Bot.Planning;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Cards.Planning;
using static OpsRhythm.UnitTests.Planning.PlanningFixtures;

namespace OpsRhythm.UnitTests.Planning;

/// <summary>
/// A planning change notifies other people (approvers, heads, the ops office): each reads it in their own
/// language as RecipientLanguages decides, the acting person's language has no say, channels read the
/// organisation's default.
/// </summary>
public sealed class PlanOutboxTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public void MessagesIn_APersonWhoTypedEnglish_GetsTheCardAndFeedItemInEnglish_TheChannelTheDefault()
    {
        var approver = Organisation.FindPerson(Leader.PersonId)!;
        var outbox = new PlanOutbox(Now, "cycle:r1");
        outbox.ToPerson(approver, Card, "approval", PlanFeed.Approved(text => PlanNames.Cycle(Cycle(), text)));
        outbox.ToChannel("channel-ops", Card, "approval");
        var languages = new RecipientLanguages(Organisation, new Dictionary<string, string>(StringComparer.Ordinal) { [approver.Id] = "en-US" });

        var messages = outbox.MessagesIn(languages);

        Assert.Contains(Localizer.EnUs["Planning.BoardTitle"], Strings(messages[0].Activity), StringComparison.Ordinal);
        Assert.Equal(PlanNames.Cycle(Cycle(), Localizer.EnUs), messages[0].ActivityFeed!.Parameters["planName"]);
        Assert.Contains(Localizer.ZhCn["Planning.BoardTitle"], Strings(messages[1].Activity), StringComparison.Ordinal);
        Assert.Contains(Localizer.EnUs["Planning.BoardTitle"], Strings(outbox.MessagesIn(new RecipientLanguages(Organisation with { DefaultLanguage = "en-US" }, new Dictionary<string, string>()))[1].Activity), StringComparison.Ordinal);
    }

    /// <summary>Every string in the activity, unescaped (the JSON escapes Chinese).</summary>
    private static string Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString()!,
        JsonValueKind.Object => string.Join("\n", element.EnumerateObject().Select(p => Strings(p.Value))),
        JsonValueKind.Array => string.Join("\n", element.EnumerateArray().Select(Strings)),
        _ => string.Empty,
    };

    private static AdaptiveCard Card(Localizer text) => PlanMessageCard.Build(text["Planning.BoardTitle"], []);
}
