using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Cards.Planning;
using OpsRhythm.Cards.Risks;
using OpsRhythm.Domain.Indicators;
using OpsRhythm.Domain.Planning;
using OpsRhythm.Domain.Risks;
using OpsRhythm.UnitTests.CardCatalog;
using OpsRhythm.UnitTests.Indicators;

namespace OpsRhythm.UnitTests.Cards;

/// <summary>Names, not codes, and facts that read right (issue: what a Chinese operations office sees).</summary>
public sealed class CardWordingTests
{
    [Fact]
    public void A_plan_is_named_by_its_period_and_kind_not_its_id()
    {
        Assert.Equal("2027年1月月度计划", PlanNames.CycleOf("monthly-2027-01", Localizer.ZhCn));
        Assert.Equal("monthly plan January 2027", PlanNames.CycleOf("monthly-2027-01", Localizer.EnUs));
        Assert.Equal("2027年第1季度季度计划", PlanNames.CycleOf("quarterly-2027-Q1", Localizer.ZhCn));
        Assert.Equal("2027年1月月度计划（第 2 版）", Localizer.ZhCn.Format("Indicators.Targets.FromPlan", PlanNames.CycleOf("monthly-2027-01", Localizer.ZhCn), 2));
    }

    [Fact]
    public void A_risk_level_reads_as_a_word_beside_its_score()
    {
        var risk = new PlanRisk("r1", "客户流失", OpsRhythm.Domain.Planning.RiskCategory.Market, 3, 4, RiskResponse.Reduce);
        Assert.Equal("高（3×4=12）", PlanNames.RiskLevel(risk, Localizer.ZhCn));
        Assert.Equal("High (3×4=12)", PlanNames.RiskLevel(risk, Localizer.EnUs));
    }

    [Fact]
    public void An_alert_below_a_lower_is_worse_threshold_says_below_and_names_the_month()
    {
        var alert = new RiskAlert("a1", "r1", "sales", "complaint-rate", "2026-M12", new ThresholdCrossing(WarningLevel.Critical, 750, 800)) { RaisedAt = DateTimeOffset.UnixEpoch };
        var json = CardJson.ToJson(RiskAlertCard.Build(alert, "e", RisksCardSamples.SampleRisk, IndicatorCatalog.Seed.Find("complaint-rate")!, SampleOrganisation.Profile, Localizer.ZhCn));

        Assert.Contains("2026年12月", json, StringComparison.Ordinal);
        Assert.Contains("低于严重值800", json, StringComparison.Ordinal);
        Assert.DoesNotContain("2026-M12", json, StringComparison.Ordinal);
        Assert.DoesNotContain("超出", json, StringComparison.Ordinal);
    }

    [Fact]
    public void High_and_critical_differ_in_colour_on_the_heat_map()
    {
        var json = CardJson.ToJson(HeatMapCard.Build("销售部", [], RiskLevelBands.Default, Localizer.ZhCn));
        Assert.Contains("\"attention\"", json, StringComparison.Ordinal);
        Assert.Contains("\"warning\"", json, StringComparison.Ordinal);
    }
}
