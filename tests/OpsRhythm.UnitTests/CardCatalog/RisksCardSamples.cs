using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Risks;
using OpsRhythm.Domain.Indicators;
using OpsRhythm.Domain.Risks;
using OpsRhythm.Domain.Workflow;
using OpsRhythm.UnitTests.Indicators;

namespace OpsRhythm.UnitTests.CardCatalog;

/// <summary>Every card the risks feature sends: form, risk, register, heat map, alerts.</summary>
public sealed class RisksCardSamples : ICardSamples
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 8, 0, 0, TimeSpan.Zero);

    internal static Risk SampleRisk { get; } = new("r1", "sales", RiskCategory.Market, "大客户订单下滑，季度销售额可能低于目标", 4, 4)
    {
        Strategy = ResponseStrategy.Reduce,
        OwnerPersonId = "li-qiang",
        Actions = [new RiskAction("每月走访前十大客户", "sun-hao")],
        IndicatorLinks = [new IndicatorLink("complaint-rate", 3, 5) { RecoveryMargin = 0.2 }],
        ReviewDate = new DateOnly(2026, 12, 31),
        CreatedBy = "li-qiang",
        CreatedAt = Now,
    };

    public IEnumerable<CardSample> Samples(Localizer text)
    {
        var org = SampleOrganisation.Profile;
        var bands = RiskLevelBands.Default;
        var catalog = IndicatorCatalog.Seed;
        var all = org.Departments.Select(d => d.Id).ToHashSet();
        yield return new("risks/form", RiskFormCard.Build(org, catalog, all, text));
        yield return new("risks/form-errors", RiskFormCard.Build(org, catalog, new HashSet<string> { "sales" }, text,
            new Dictionary<string, string> { ["description"] = "供应商停产", ["strategy"] = "Transfer", ["indicator"] = "customer-satisfaction", ["warning"] = "80", ["critical"] = "90" },
            Rejection.Invalid(new Dictionary<string, FieldError>
            {
                ["likelihood"] = new("Risks.Validation.Rating"),
                ["counterparty"] = new("Risks.Validation.CounterpartyRequired"),
                ["critical"] = new("Risks.Validation.CriticalBelowWarning"),
            })));
        yield return new("risks/risk", RiskCard.Build(SampleRisk, "e1", bands, org, catalog, text, notice: text["Risks.Registered"]));
        yield return new("risks/risk-transfer", RiskCard.Build(SampleRisk with { Strategy = ResponseStrategy.Transfer, Actions = [], Counterparty = "平安财险", IndicatorLinks = [], Likelihood = 1, Impact = 2 }, "e1", bands, org, catalog, text));
        yield return new("risks/risk-forbidden", RiskCard.Build(SampleRisk, "e1", bands, org, catalog, text, rejection: Rejection.RoleNotAllowed(RiskMachine.RegisterRoles)));
        // Every free-text field at the longest its form allows (the server refuses longer): still under the size limit.
        var longest = SampleRisk with { Description = new string('险', RiskLimits.Description), Actions = [new RiskAction(new string('措', RiskLimits.Action), "sun-hao")] };
        yield return new("risks/risk-longest", RiskCard.Build(longest, "e1", bands, org, catalog, text, notice: text["Risks.Registered"]));
        yield return new("risks/risk-longest-transfer", RiskCard.Build(longest with { Strategy = ResponseStrategy.Transfer, Actions = [], Counterparty = new string('保', RiskLimits.Counterparty) }, "e1", bands, org, catalog, text));
        var history = Enumerable.Range(0, 12).Select(i => new RiskReassessment(Now.AddDays(i), "sun-hao", 2, 3, 4, 4) { Note = new string('评', RiskLimits.ReassessNote) }).ToList();
        yield return new("risks/risk-reassessed-longest", RiskCard.Build(longest with { Reassessments = history }, "e1", bands, org, catalog, text, notice: text.Format("Risks.Reassessed", 4, 4, 16)));
        yield return new("risks/risk-reassess-errors", RiskCard.Build(SampleRisk, "e1", bands, org, catalog, text,
            rejection: Rejection.Invalid(new Dictionary<string, FieldError> { [RiskFields.NewLikelihood] = new("Risks.Validation.Unchanged") })));
        yield return new("risks/raised-registered", RiskRaisedCard.Build(SampleRisk, "Registered", bands, org, text));
        yield return new("risks/raised-reassessed", RiskRaisedCard.Build(SampleRisk with { Likelihood = 3 }, "Reassessed", bands, org, text));
        yield return new("risks/raised-plan-longest", RiskRaisedCard.Build(longest, "Plan", bands, org, text));
        yield return new("risks/risk-closed", RiskCard.Build(SampleRisk with { Status = RiskStatus.Closed }, "e2", bands, org, catalog, text));
        yield return new("risks/register", RiskRegisterCard.Build("sales", [SampleRisk, SampleRisk with { Id = "r2", Likelihood = 2, Impact = 2, Category = RiskCategory.People }], bands, org, text));
        yield return new("risks/register-empty", RiskRegisterCard.Build("hr", [], bands, org, text));
        yield return new("risks/register-many", RiskRegisterCard.Build("sales", [.. Many()], bands, org, text));
        yield return new("risks/heatmap", HeatMapCard.Build("销售部", [SampleRisk, SampleRisk with { Id = "r2", Likelihood = 1, Impact = 5 }], bands, text));
        yield return new("risks/heatmap-empty", HeatMapCard.Build(text["Risks.HeatMap.Company"], [], bands, text));
        yield return new("risks/heatmap-full", HeatMapCard.Build(text["Risks.HeatMap.Company"], [.. Many()], bands, text));
        var alert = new RiskAlert("alert:r1:complaint-rate:2026-M10:Critical", "r1", "sales", "complaint-rate", "2026-M10", new ThresholdCrossing(WarningLevel.Critical, 5.6, 5)) { RaisedAt = Now };
        var indicator = catalog.Find("complaint-rate")!;
        yield return new("risks/alert-critical", RiskAlertCard.Build(alert, "e1", SampleRisk, indicator, org, text));
        yield return new("risks/alert-warning-no-actions", RiskAlertCard.Build(alert with { Crossing = new ThresholdCrossing(WarningLevel.Warning, 3.2, 3) }, "e1", SampleRisk with { Actions = [], Strategy = ResponseStrategy.Accept }, indicator, org, text));
        yield return new("risks/alert-acknowledged", RiskAlertCard.Build(alert with { AcknowledgedBy = "li-qiang", AcknowledgedAt = Now }, "e2", SampleRisk, indicator, org, text));
    }

    private static IEnumerable<Risk> Many() =>
        Enumerable.Range(0, 60).Select(i => SampleRisk with { Id = $"r{i}", Likelihood = (i % 5) + 1, Impact = (i / 5 % 5) + 1, Description = $"风险 {i}：原材料价格波动导致成本上升" });
}
