using OpsRhythm.Cards.Indicators;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Domain.Indicators;
using OpsRhythm.Domain.Workflow;
using OpsRhythm.UnitTests.Indicators;

namespace OpsRhythm.UnitTests.CardCatalog;

/// <summary>Every card the indicators feature sends, typical and extreme.</summary>
public sealed class IndicatorsCardSamples : ICardSamples
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 8, 0, 0, TimeSpan.Zero);
    private static readonly IndicatorCatalog Catalog = IndicatorCatalog.Seed;
    private static readonly Period October = Period.Month(2026, 10);

    public IEnumerable<CardSample> Samples(Localizer text)
    {
        var org = SampleOrganisation.Profile;
        var all = org.Departments.Select(d => d.Id).ToHashSet();
        yield return new("indicators/catalog", CatalogCard.Build(Catalog, text, canEdit: true));
        yield return new("indicators/catalog-empty-readonly", CatalogCard.Build(new IndicatorCatalog([]), text, canEdit: false));
        yield return new("indicators/edit", IndicatorEditCard.Build(Catalog, "etag-1", text));
        yield return new("indicators/edit-errors", IndicatorEditCard.Build(Catalog, "etag-1", text,
            new Dictionary<string, string> { ["indicator"] = "new", ["newId"] = "Bad Id" },
            Rejection.Invalid(new Dictionary<string, FieldError> { ["newId"] = new("Indicators.Validation.IdTaken"), ["nameZh"] = new("Indicators.Validation.Required") })));
        yield return new("indicators/entry", FigureEntryCard.Build(org, Catalog, all, "2026-M10", text));
        yield return new("indicators/entry-saved", FigureEntryCard.Build(org, Catalog, all, "2026-M10", text, notice: text.Format("Indicators.Entry.SavedWithAlerts", "销售部", "2026年10月销售额", "1280", 2)));
        yield return new("indicators/entry-errors", FigureEntryCard.Build(org, Catalog, new HashSet<string> { "sales" }, "2026-M10", text,
            new Dictionary<string, string> { ["indicator"] = "customer-satisfaction", ["period"] = "2026-M10", ["value"] = "abc" },
            Rejection.Invalid(new Dictionary<string, FieldError>
            {
                ["period"] = new("Indicators.Validation.WrongFrequency", text["Indicators.Frequency.Quarterly"]),
                ["value"] = new("Indicators.Validation.NotANumber"),
            })));
        yield return new("indicators/csv", CsvImportCard.Build(text));
        yield return new("indicators/csv-errors", CsvImportCard.Build(text, "sales,sales,2026-M13,1\nx", "Target",
        [
            new IndicatorCsvError(1, "Indicators.Csv.BadPeriod", "2026-M13"),
            new IndicatorCsvError(2, "Indicators.Csv.ColumnCount", 1),
        ]));
        yield return new("indicators/csv-many-errors", CsvImportCard.Build(text, string.Join('\n', Enumerable.Range(1, 200).Select(i => $"nowhere,sales,2026-M01,{i}")), null,
            [.. Enumerable.Range(1, 200).Select(i => new IndicatorCsvError(i, "Indicators.Csv.UnknownDepartment", "nowhere"))]));
        yield return new("indicators/csv-saved", FiguresSavedCard.Build(text, FigureKind.Value, 42, 3));
        yield return new("indicators/csv-saved-targets", FiguresSavedCard.Build(text, FigureKind.Target, 12, 0));
        yield return new("indicators/scorecard", ScorecardCard.Build(TypicalScorecard(), org, text, org.FindPerson("li-qiang")));
        yield return new("indicators/scorecard-all-missing", ScorecardCard.Build(MissingScorecard(), org, text, org.FindPerson("li-qiang")));
        yield return new("indicators/scorecard-empty", ScorecardCard.Build(new DepartmentScorecard("hr", October, [], null), org, text, org.FindPerson("li-qiang")));
        yield return new("indicators/scorecard-every-indicator", ScorecardCard.Build(FullScorecard(), org, text, org.FindPerson("li-qiang")));
        yield return new("indicators/company", CompanyScorecardCard.Build(Ranking(), org, text, canPublish: true));
        yield return new("indicators/company-empty", CompanyScorecardCard.Build(CompanyRanking.Of(October, []), org, text, canPublish: true));
        yield return new("indicators/ranking-announcement", CompanyScorecardCard.Build(Ranking(), org, text, canPublish: false, forAnnouncement: true));
        yield return new("indicators/benchmark", BenchmarkCard.Build(Catalog, text));
        yield return new("indicators/benchmark-errors", BenchmarkCard.Build(Catalog, text, new Dictionary<string, string> { ["period"] = "20x" },
            Rejection.Invalid(new Dictionary<string, FieldError> { ["period"] = new("Indicators.Validation.BadPeriod"), ["value"] = new("Indicators.Validation.NotANumber") })));
        yield return new("indicators/inspection", InspectionCard.Build(org, text, "2026-11-26"));
        yield return new("indicators/inspection-forbidden", InspectionCard.Build(org, text, "2026-11-26", rejection: Rejection.RoleNotAllowed(Domain.Organisation.Role.OpsOffice)));
        var action = new ImprovementAction("2026-a1", "sales", "仓库账实不符，需月度盘点", "sun-hao", new DateOnly(2026, 12, 10)) { InspectionId = "2026-i1" };
        var inspection = new Inspection("2026-i1", "sales", new DateOnly(2026, 11, 20), InspectionKind.SpecialAudit, InspectionRating.Fair, [action.Finding]) { InspectorId = "wang-min", RecordedAt = Now };
        yield return new("indicators/inspection-recorded", InspectionCard.Recorded(inspection, [action], org, text));
        yield return new("indicators/inspection-recorded-no-findings", InspectionCard.Recorded(inspection with { Findings = [] }, [], org, text));
        yield return new("indicators/action", ImprovementActionCard.Build(action, "e1", org, text));
        yield return new("indicators/action-reminder", ImprovementActionCard.Build(action, "e1", org, text, FollowUp.RemindOwner));
        yield return new("indicators/action-overdue", ImprovementActionCard.Build(action, "e1", org, text, FollowUp.Escalate));
        yield return new("indicators/action-note-missing", ImprovementActionCard.Build(action, "e1", org, text,
            rejection: Rejection.Invalid(new Dictionary<string, FieldError> { ["note"] = new("Indicators.Validation.NoteRequired") })));
        yield return new("indicators/action-stale", ImprovementActionCard.Build(action, "e2", org, text, notice: text["Common.Rejection.StaleVersion"]));
        foreach (var sample in TargetSamples(org, text))
        {
            yield return sample;
        }

        yield return new("indicators/action-closed", ImprovementActionCard.Build(action with { State = ImprovementActionState.Closed, ClosingNote = "已完成盘点" }, "e3", org, text));
    }

    private static IEnumerable<CardSample> TargetSamples(Domain.Organisation.OrganisationProfile org, Localizer text)
    {
        var january = Period.Month(2027, 1);
        var all = org.Departments.Select(d => d.Id).ToHashSet();
        var plan = new PlanTargetSource("monthly-2027-01", 2, 1200);
        TargetRow Row(string id, IndicatorTarget? target) => new(Catalog.Find(id)!, target);
        var typical = new TargetsView("sales", january, "targets-1",
        [
            Row("sales", T("sales", "2027-M01", 1200) with { Source = TargetSource.Plan, Plan = plan }),
            Row("profit", T("profit", "2027-M01", 350) with { Plan = plan with { Value = 300 } }),
            Row("cost-ratio", null),
            Row("complaint-rate", T("complaint-rate", "2027-M01", 2.5)),
        ])
        {
            CanEdit = true,
            Departments = all,
            NotTaken = [new SkippedPlanTarget("marketShare", PlanTargets.NoIndicator), new SkippedPlanTarget("customer-satisfaction", PlanTargets.OtherFrequency)],
        };
        yield return new("indicators/targets", TargetsCard.Build(typical, org, text));
        yield return new("indicators/targets-readonly", TargetsCard.Build(typical with { CanEdit = false, Departments = new HashSet<string> { "sales" } }, org, text));
        yield return new("indicators/targets-saved", TargetsCard.Build(typical, org, text, notice: text.Format("Indicators.Targets.Saved", 2)));
        yield return new("indicators/targets-errors", TargetsCard.Build(typical, org, text,
            new Dictionary<string, string> { [TargetEdit.FieldFor("sales")] = "lots", [TargetEdit.FieldFor("profit")] = "350", ["period"] = "2027-M01" },
            Rejection.Invalid(new Dictionary<string, FieldError> { [TargetEdit.FieldFor("sales")] = new("Indicators.Validation.NotANumber") })));
        yield return new("indicators/targets-stale", TargetsCard.Build(typical, org, text, notice: text["Common.Rejection.StaleVersion"]));
        yield return new("indicators/targets-bad-period", TargetsCard.Build(typical, org, text, new Dictionary<string, string> { ["period"] = "2027-13" },
            Rejection.Invalid(new Dictionary<string, FieldError> { ["period"] = new("Indicators.Validation.BadPeriod") })));
        yield return new("indicators/targets-every-monthly-indicator", TargetsCard.Build(typical with
        {
            Rows = [.. Catalog.Indicators.Where(i => i.Frequency == IndicatorFrequency.Monthly).Select(i => new TargetRow(i, T(i.Id, "2027-M01", 123456.78) with { Plan = plan }))],
        }, org, text));
        yield return new("indicators/targets-no-indicators", TargetsCard.Build(new TargetsView("hr", Period.WholeYear(2027), "targets-0", []) { CanEdit = true, Departments = all }, org, text));
    }

    private static IndicatorValue V(string ind, string period, double value, string dept = "sales") => new(dept, ind, period, value) { EnteredBy = "li-qiang", EnteredAt = Now };

    private static IndicatorTarget T(string ind, string period, double value, string dept = "sales") => new(dept, ind, period, value) { SetBy = "wang-min", SetAt = Now };

    internal static DepartmentScorecard TypicalScorecard()
    {
        var values = Enumerable.Range(1, 10).Select(m => V("sales", $"2026-M{m:00}", 1000 + (m * 30)))
            .Concat([V("sales", "2025-M10", 1100), V("complaint-rate", "2026-M09", 2.1), V("complaint-rate", "2026-M10", 2.8), V("customer-satisfaction", "2026-Q4", 88)]);
        var targets = new[] { T("sales", "2026-M10", 1250), T("complaint-rate", "2026-M10", 2.5), T("profit", "2026-M10", 180), T("customer-satisfaction", "2026-Q4", 90) };
        var benchmarks = new[] { new Benchmark("complaint-rate", "2026", 2.0) { RecordedBy = "wang-min", RecordedAt = Now } };
        return DepartmentScorecard.Build(Catalog, new IndicatorFigures(values, targets, benchmarks), "sales", October);
    }

    private static DepartmentScorecard MissingScorecard() =>
        DepartmentScorecard.Build(Catalog, new IndicatorFigures([], [T("sales", "2026-M10", 1250), T("profit", "2026-M10", 180)], []), "sales", October);

    private static DepartmentScorecard FullScorecard()
    {
        var values = Catalog.Indicators.SelectMany(i => new[] { 2024, 2025, 2026 }.Select(y => V(i.Id, Period.Containing(new DateOnly(y, 10, 1), i.Frequency).ToString(), 50 + y - 2024)));
        var targets = Catalog.Indicators.Select(i => T(i.Id, Period.Containing(new DateOnly(2026, 10, 1), i.Frequency).ToString(), 51));
        return DepartmentScorecard.Build(Catalog, new IndicatorFigures(values, targets, []), "sales", October);
    }

    private static CompanyRanking Ranking() => CompanyRanking.Of(October,
    [
        TypicalScorecard(),
        TypicalScorecard() with { DepartmentId = "hr", Score = 96.5 },
        new DepartmentScorecard("ops", October, [], null),
    ]);
}
