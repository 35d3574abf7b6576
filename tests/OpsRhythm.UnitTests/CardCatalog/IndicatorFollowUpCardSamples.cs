using OpsRhythm.Cards.Indicators;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Domain.Indicators;
using OpsRhythm.Domain.Workflow;
using OpsRhythm.UnitTests.Indicators;

namespace OpsRhythm.UnitTests.CardCatalog;

/// <summary>The indicator cards of issue 19: the figures-due prompt (a few missing, a whole year-end missing), the inspection plan form and the inspections list, the evaluation's improvement action, the ranking with people.</summary>
public sealed class IndicatorFollowUpCardSamples : ICardSamples
{
    public IEnumerable<CardSample> Samples(Localizer text)
    {
        var org = SampleOrganisation.Profile;
        var catalog = IndicatorCatalog.Seed;
        var yearEnd = FiguresDue.PeriodsDue(new DateOnly(2027, 1, 5), 3);
        yield return new("indicators/figures-due", FiguresDueCard.Build(org, catalog, "sales", [.. FiguresDue.Missing(catalog, [yearEnd[0]], []).Take(2)], text));
        yield return new("indicators/figures-due-year-end", FiguresDueCard.Build(org, catalog, "sales", FiguresDue.Missing(catalog, yearEnd, []), text));
        yield return new("inspections/plan", InspectionPlanCard.Build(org, text, "2026-12-07"));
        yield return new("inspections/plan-errors", InspectionPlanCard.Build(org, text, "2026-12-07", new Dictionary<string, string> { [IndicatorFields.Department] = "sales" },
            Rejection.Invalid(new Dictionary<string, FieldError> { [IndicatorFields.Owner] = new("Inspections.Validation.Inspector"), [IndicatorFields.Date] = new("Indicators.Validation.BadDate") })));
        yield return new("inspections/plan-done", InspectionPlanCard.Build(org, text, "2026-12-07", notice: text.Format("Inspections.Plan.Scheduled", "2027年1月15日", "销售部", text["Inspections.Repeat.3"])));
        var planned = new ScheduledInspection("2027-plan-s1-0115", "sales", InspectionKind.OnSite, new DateOnly(2027, 1, 15), "wang-min", 3)
        {
            ScheduledBy = "wang-min", ScheduledAt = DateTimeOffset.UnixEpoch, SeriesId = "s1",
        };
        var recorded = new Inspection("2026-insp-1", "sales", new DateOnly(2026, 11, 20), InspectionKind.SpecialAudit, InspectionRating.Fair, ["库存账实不符", "报销单据缺失"])
        {
            InspectorId = "wang-min", RecordedAt = DateTimeOffset.UnixEpoch,
        };
        yield return new("inspections/list", InspectionListCard.Build("sales", [planned], [recorded], org, text, canPlan: false));
        yield return new("inspections/list-empty", InspectionListCard.Build(null, [], [], org, text, canPlan: true));
        yield return new("inspections/list-many", InspectionListCard.Build(null,
            [.. Enumerable.Range(0, 40).Select(i => planned with { Id = $"p{i}", Date = planned.Date.AddDays(i) })],
            [.. Enumerable.Range(0, 40).Select(i => recorded with { Id = $"r{i}", Date = recorded.Date.AddDays(-i) })], org, text, canPlan: true));
        var scorecard = IndicatorsCardSamples.TypicalScorecard();
        yield return new("evaluation/action-form", EvaluationActionCard.Build(scorecard, org, text, "2026-12-07", new Dictionary<string, string> { [IndicatorFields.Owner] = "li-qiang" }));
        yield return new("evaluation/action-errors", EvaluationActionCard.Build(scorecard, org, text, "2026-12-07", new Dictionary<string, string> { [IndicatorFields.Findings] = new string('改', 40) },
            Rejection.Invalid(new Dictionary<string, FieldError> { [IndicatorFields.Owner] = new("Indicators.Validation.Required"), [IndicatorFields.Deadline] = new("Indicators.Validation.BadDate") })));
        var people = CompanyRanking.Of(scorecard.Month, [scorecard, scorecard with { DepartmentId = "hr", Score = 96.5 }]) with
        {
            People = [new("li-qiang", 1, 30, 2), new("sun-hao", 2, 10, 0), .. Enumerable.Range(3, 8).Select(i => new PersonRecognition("zhao-li", i, 0, 1))],
        };
        yield return new("indicators/ranking-people", CompanyScorecardCard.Build(people, org, text, canPublish: true));
        yield return new("indicators/ranking-people-announcement", CompanyScorecardCard.Build(people, org, text, canPublish: false, forAnnouncement: true));
    }
}
