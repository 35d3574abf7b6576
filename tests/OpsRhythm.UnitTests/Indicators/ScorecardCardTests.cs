using System.Text.Json;
using OpsRhythm.Cards.Indicators;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Indicators;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.UnitTests.CardCatalog;

namespace OpsRhythm.UnitTests.Indicators;

/// <summary>The scorecard's improvement-action button is shown only to those who may open the action; the card refreshes per viewer.</summary>
public sealed class ScorecardCardTests
{
    private static readonly OrganisationProfile Organisation = Turns.SampleOrganisation.Load();

    [Theory]
    [InlineData("li-qiang", true)] // the sales department's head
    [InlineData("wang-min", true)] // the operations office
    [InlineData("zhang-wei", false)] // another department's head
    [InlineData("sun-hao", false)] // a member of the sales department
    [InlineData("chen-jing", false)] // leadership: sees, does not open actions
    public void Build_SalesScorecardWithAMissedTarget_ImprovementButtonOnlyForThoseWhoMayOpenIt(string personId, bool shown)
    {
        var card = ScorecardCard.Build(IndicatorsCardSamples.TypicalScorecard(), Organisation, Localizer.ZhCn, Organisation.FindPerson(personId));

        Assert.Equal(shown, Verbs(card).Contains(EvaluationActionCard.Form));
        Assert.Contains(IndicatorVerbs.ShowScorecard, Verbs(card));
    }

    [Fact]
    public void Build_ForNobodyInParticular_NoImprovementButton_AndARefreshForEveryViewer()
    {
        var scorecard = IndicatorsCardSamples.TypicalScorecard();

        var card = CardJson.ToElement(ScorecardCard.Build(scorecard, Organisation, Localizer.EnUs, viewer: null));

        Assert.DoesNotContain(EvaluationActionCard.Form, card.GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("verb").GetString()));
        var refresh = card.GetProperty("refresh");
        Assert.False(refresh.TryGetProperty("userIds", out var users) && users.ValueKind != JsonValueKind.Null);
        var action = refresh.GetProperty("action");
        Assert.Equal(IndicatorVerbs.ShowScorecard, action.GetProperty("verb").GetString());
        Assert.Equal(scorecard.Month.ToString(), action.GetProperty("data").GetProperty(IndicatorFields.Month).GetString());
    }

    private static List<string?> Verbs(AdaptiveCard card) =>
        [.. CardJson.ToElement(card).GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("verb").GetString())];
}
