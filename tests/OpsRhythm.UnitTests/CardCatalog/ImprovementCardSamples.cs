using OpsRhythm.Cards.Improvement;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Domain.Improvement;
using OpsRhythm.Domain.Workflow;
using OpsRhythm.UnitTests.Indicators;

namespace OpsRhythm.UnitTests.CardCatalog;

/// <summary>Every card the improvement feature sends: suggestions, thanks, redesign projects, reviews.</summary>
public sealed class ImprovementCardSamples : ICardSamples
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 8, 0, 0, TimeSpan.Zero);

    public IEnumerable<CardSample> Samples(Localizer text)
    {
        var org = SampleOrganisation.Profile;
        var suggestion = new Suggestion("2026-s1", "sun-hao", "报销单需要三次手工录入", "财务系统与 OA 表单共用数据", "每月节省约 20 小时") { MayThankPublicly = true, SubmittedAt = Now };
        var accepted = suggestion with { State = SuggestionState.Accepted, Scores = new(4, 5, 4), RewardPoints = 80, DecidedBy = "wang-min", DecidedAt = Now };
        var declined = suggestion with { State = SuggestionState.Declined, DecisionReason = "系统明年更换，暂不改造" };
        yield return new("improvement/form", SuggestionFormCard.Build(text));
        yield return new("improvement/form-errors", SuggestionFormCard.Build(text, new Dictionary<string, string> { ["proposal"] = "x" },
            Rejection.Invalid(new Dictionary<string, FieldError> { ["problem"] = new("Improvement.Validation.Required"), ["benefit"] = new("Improvement.Validation.Required") })));
        yield return new("improvement/suggestion-evaluate", SuggestionCard.Build(suggestion, "e1", org, text, canEvaluate: true));
        yield return new("improvement/suggestion-evaluate-errors", SuggestionCard.Build(suggestion, "e1", org, text, canEvaluate: true,
            new Dictionary<string, string> { ["feasibility"] = "4", ["points"] = "5000" },
            Rejection.Invalid(new Dictionary<string, FieldError> { ["points"] = new("Improvement.Validation.Points", SuggestionMachine.MaxPoints), ["effectiveness"] = new("Improvement.Validation.Score") })));
        var longest = suggestion with { Problem = new string('问', ImprovementLimits.Problem), Proposal = new string('建', ImprovementLimits.Proposal), ExpectedBenefit = new string('益', ImprovementLimits.Benefit) };
        yield return new("improvement/suggestion-longest", SuggestionCard.Build(longest, "e1", org, text, canEvaluate: true));
        yield return new("improvement/suggestion-longest-declined", SuggestionCard.Build(longest with { State = SuggestionState.Declined, DecisionReason = new string('因', ImprovementLimits.Reason), DecidedBy = "wang-min", DecidedAt = Now }, "e2", org, text, canEvaluate: true));
        yield return new("improvement/suggestion-readonly", SuggestionCard.Build(suggestion, "e1", org, text, canEvaluate: false, notice: text["Improvement.Submitted"]));
        yield return new("improvement/suggestion-accepted", SuggestionCard.Build(accepted, "e2", org, text, canEvaluate: true));
        yield return new("improvement/suggestion-declined", SuggestionCard.Build(declined, "e2", org, text, canEvaluate: true));
        yield return new("improvement/thanks", ThankYouCard.Build(accepted, org, text));
        yield return new("improvement/decided-accepted", ThankYouCard.Decided(accepted, text));
        yield return new("improvement/decided-declined", ThankYouCard.Decided(declined, text));
        yield return new("improvement/list", SuggestionListCard.Build([suggestion, accepted with { Id = "2026-s2" }, declined with { Id = "2026-s3" }],
            [new RewardLedgerEntry("reward:2026-s2", "sun-hao", 80, "suggestion", "2026-s2") { AwardedBy = "wang-min", AwardedAt = Now }], org, text));
        yield return new("improvement/list-empty", SuggestionListCard.Build([], [], org, text));
        yield return new("improvement/list-many", SuggestionListCard.Build([.. Enumerable.Range(0, 80).Select(i => suggestion with { Id = $"s{i}", SubmittedAt = Now.AddMinutes(i) })], [], org, text));
        var steps = Enum.GetValues<RedesignStepKind>().Select((k, i) => new RedesignStep(k, i % 2 == 0 ? "wang-min" : "li-qiang", new DateOnly(2026, 12, 1).AddDays(i * 14))).ToList();
        var project = new RedesignProject("p1", "订单处理流程", steps) { CreatedBy = "wang-min", CreatedAt = Now };
        yield return new("improvement/project-start", RedesignProjectCard.StartForm(org, text));
        yield return new("improvement/project-start-errors", RedesignProjectCard.StartForm(org, text, new Dictionary<string, string> { ["process"] = "订单" },
            Rejection.Invalid(new Dictionary<string, FieldError> { ["steps"] = new("Improvement.Validation.FiveSteps"), ["dueDesign"] = new("Improvement.Validation.StepOrder") })));
        yield return new("improvement/project", RedesignProjectCard.Build(project, "e1", org, text, new DateOnly(2026, 12, 20)));
        yield return new("improvement/project-done", RedesignProjectCard.Build(project with { Steps = [.. steps.Select(s => s with { CompletedAt = Now })] }, "e2", org, text, new DateOnly(2027, 3, 1)));
        var evaluating = project with
        {
            Steps = [.. steps.Select(s => s.Kind < RedesignStepKind.Evaluation ? s with { CompletedAt = Now } : s)],
            DepartmentIds = ["sales", "hr", "ops"],
            Evaluations = [new DepartmentEvaluation("sales", "li-qiang", 4, 5, 3, Now) { Comment = new string('评', ImprovementLimits.ReviewNote) }],
        };
        yield return new("improvement/project-evaluation", RedesignProjectCard.Build(evaluating, "e3", org, text, new DateOnly(2026, 12, 20), notice: text["Improvement.Notify.Evaluate"], evaluatingDepartmentId: "hr"));
        yield return new("improvement/project-evaluation-errors", RedesignProjectCard.Build(evaluating, "e3", org, text, new DateOnly(2026, 12, 20),
            Rejection.Invalid(new Dictionary<string, FieldError> { [RedesignFields.Feasibility] = new("Improvement.Validation.Score"), [RedesignFields.Note] = new("Improvement.Validation.EvaluationsMissing", 2) }),
            evaluatingDepartmentId: "hr", typed: new Dictionary<string, string> { [RedesignFields.Effectiveness] = "4" }));
        yield return new("improvement/project-list", ProjectListCard.Build([project, evaluating with { Id = "p2" }, project with { Id = "p3", Steps = [.. steps.Select(s => s with { CompletedAt = Now })] }], org, text, new DateOnly(2026, 12, 20)));
        yield return new("improvement/project-list-empty", ProjectListCard.Build([], org, text, new DateOnly(2026, 12, 20)));
        yield return new("improvement/project-list-many", ProjectListCard.Build([.. Enumerable.Range(0, 80).Select(i => project with { Id = $"p{i}", ProcessName = new string('流', ImprovementLimits.Process), CreatedAt = Now.AddDays(i) })], org, text, new DateOnly(2026, 12, 20)));
        var process = new ProcessReview("pr1", "采购审批流程", "zhao-li", 6, new DateOnly(2026, 12, 1));
        yield return new("improvement/review-reminder", ProcessReviewCard.Build(process, ProcessReview.PartitionKey, org, text));
        var assessed = process with
        {
            Principles = [.. Enum.GetValues<DesignPrinciple>().Select(p => new PrincipleAssessment(p, PrincipleRating.Partly, new string('查', ImprovementLimits.PrincipleNote)))],
            LastReviewedOn = new DateOnly(2026, 6, 1), ReviewNote = new string('结', ImprovementLimits.ReviewNote),
        };
        yield return new("improvement/review-longest", ProcessReviewCard.Build(assessed, ProcessReview.PartitionKey, org, text));
        yield return new("improvement/review-done", ProcessReviewCard.Build(assessed, ProcessReview.PartitionKey, org, text, canReview: false, notice: text.Format("Improvement.Review.Completed", "2027年6月1日")));
        yield return new("improvement/review-errors", ProcessReviewCard.Build(process, ProcessReview.PartitionKey, org, text, typed: new Dictionary<string, string> { [ProcessFields.RatingOf(DesignPrinciple.CustomerOriented)] = "Met" },
            rejection: Rejection.Invalid(new Dictionary<string, FieldError> { [ProcessFields.RatingOf(DesignPrinciple.RisksControlled)] = new("Improvement.Validation.Required") })));
        yield return new("improvement/process-form", ProcessFormCard.Build(org, text));
        yield return new("improvement/process-form-errors", ProcessFormCard.Build(org, text, new Dictionary<string, string> { [ProcessFields.Process] = "采购" },
            Rejection.Invalid(new Dictionary<string, FieldError> { [ProcessFields.Owner] = new("Improvement.Validation.Required"), [ProcessFields.IntervalMonths] = new("Improvement.Validation.IntervalMonths", 1, 24) })));
    }
}
