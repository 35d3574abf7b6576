using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Planning;
using OpsRhythm.Domain.Planning;
using OpsRhythm.Domain.Workflow;
using OpsRhythm.UnitTests.Planning;
using static OpsRhythm.UnitTests.Planning.PlanningFixtures;

namespace OpsRhythm.UnitTests.CardCatalog;

/// <summary>Every card planning sends, in its typical and extreme states.</summary>
public sealed class PlanningCardSamples : ICardSamples
{
    private const string ETag = "\"etag-1\"";

    public IEnumerable<CardSample> Samples(Localizer text)
    {
        var monthly = Cycle();
        var annual = Cycle(PlanKind.Annual);
        var empty = Plan(state: DepartmentPlanState.NotStarted);
        var big = ManyRows();
        var invalid = Rejection.Invalid(new Dictionary<string, FieldError>
        {
            ["tasks.0.owner"] = new("Planning.Error.OwnerNotInDepartment"),
            ["tasks.1.due"] = new("Planning.Error.DateOutsidePeriod", monthly.Period.Start, monthly.Period.End),
            [PlanFields.Targets] = new("Planning.Error.MissingMetrics", "profit"),
            [PlanFields.Tasks] = new("Planning.Error.NoTasks"),
            [PlanFields.Comment] = new("Planning.Error.Required"),
        });

        yield return new("planning/open-monthly", CycleOpenCard.Build(monthly.Period, Today.AddDays(7), text));
        yield return new("planning/open-annual-errors", CycleOpenCard.Build(annual.Period, Today.AddDays(7), text, Rejection.Invalid(new Dictionary<string, FieldError>
        {
            [PlanFields.Guidelines] = new("Planning.Error.Required"),
            [PlanFields.DueDate] = new("Planning.Error.DueDateRange", Today, annual.Period.End),
        }), new Dictionary<string, string>(StringComparer.Ordinal) { [PlanFields.Period] = "2027" }));
        yield return new("planning/opened-notice", PlanMessageCard.Build(text.Format("Planning.Notify.Opened", PlanNames.Cycle(monthly, text)), [text.Format("Planning.Notify.DueLine", PlanNames.Date(monthly.DueDate, text))], text["Planning.Notify.OpenPlanButton"], PlanVerbs.View, PlanVerbs.PlanEntityId(monthly.CycleId, "sales")));
        yield return new("planning/returned-notice", PlanMessageCard.Build(text.Format("Planning.Notify.Returned", PlanNames.Cycle(monthly, text)), [text["Planning.Notify.ReturnedLine"]], text["Planning.Notify.OpenPlanButton"], PlanVerbs.View, PlanVerbs.PlanEntityId(monthly.CycleId, "sales"), "请补充大客户回访的责任人"));

        yield return new("planning/plan-empty-head", DepartmentPlanCard.Build(new DepartmentPlanView(monthly, empty, ETag, PlanningFixtures.Organisation) { Viewer = SalesHead }, text));
        yield return new("planning/plan-many-rows-head", DepartmentPlanCard.Build(new DepartmentPlanView(monthly, big, ETag, PlanningFixtures.Organisation) { Viewer = SalesHead }, text));
        yield return new("planning/plan-submit-errors", DepartmentPlanCard.Build(new DepartmentPlanView(monthly, Plan(), ETag, PlanningFixtures.Organisation) { Viewer = SalesHead, Rejection = invalid }, text));
        yield return new("planning/plan-stale", DepartmentPlanCard.Build(new DepartmentPlanView(monthly, Plan(state: DepartmentPlanState.Submitted), ETag, PlanningFixtures.Organisation) { Viewer = SalesHead, Notice = text["Common.Rejection.StaleVersion"] }, text));
        yield return new("planning/plan-review-ops", DepartmentPlanCard.Build(new DepartmentPlanView(monthly, Plan(state: DepartmentPlanState.Submitted), ETag, PlanningFixtures.Organisation) { Viewer = OpsOffice }, text));
        yield return new("planning/plan-return-comment-missing", DepartmentPlanCard.Build(new DepartmentPlanView(monthly, Plan(state: DepartmentPlanState.Submitted), ETag, PlanningFixtures.Organisation) { Viewer = OpsOffice, Rejection = invalid }, text));
        yield return new("planning/plan-returned", DepartmentPlanCard.Build(new DepartmentPlanView(monthly, Plan(state: DepartmentPlanState.Returned) with { ReturnComment = "预算过高" }, ETag, PlanningFixtures.Organisation) { Viewer = SalesHead }, text));
        yield return new("planning/plan-quarterly-context", DepartmentPlanCard.Build(new DepartmentPlanView(Cycle(PlanKind.Quarterly), Plan(PlanKind.Quarterly), ETag, PlanningFixtures.Organisation) { Viewer = SalesHead, AnnualTargets = ValidContent(PlanKind.Annual).Targets, PreviousCompletionPercent = 87 }, text));
        yield return new("planning/plan-published-channel", DepartmentPlanCard.Build(new DepartmentPlanView(Cycle(state: PlanCycleState.Published), Plan(state: DepartmentPlanState.Accepted), ETag, PlanningFixtures.Organisation), text));
        yield return new("planning/plan-published-head", DepartmentPlanCard.Build(new DepartmentPlanView(Cycle(PlanKind.Quarterly, PlanCycleState.Published), ApprovedPlan(PlanKind.Quarterly), ETag, PlanningFixtures.Organisation) { Viewer = SalesHead }, text));
        yield return new("planning/plan-adjustment-diff", DepartmentPlanCard.Build(new DepartmentPlanView(Cycle(PlanKind.Annual, PlanCycleState.Open, 1), Adjusted(), ETag, PlanningFixtures.Organisation) { Viewer = OpsOffice }, text));
        yield return new("planning/plan-adjustment-awaiting-approval", DepartmentPlanCard.Build(new DepartmentPlanView(Cycle(PlanKind.Annual, PlanCycleState.AwaitingApproval, 1), AdjustedAndAccepted(), ETag, PlanningFixtures.Organisation) { Viewer = Leader }, text));

        foreach (var section in Enum.GetValues<PlanSection>())
        {
            yield return new($"planning/edit-{section}-empty".ToLowerInvariant(), PlanSectionCard.Build(new PlanSectionView(annual, empty, ETag, PlanningFixtures.Organisation, section), text));
            yield return new($"planning/edit-{section}-full".ToLowerInvariant(), PlanSectionCard.Build(new PlanSectionView(monthly, big, ETag, PlanningFixtures.Organisation, section) { Page = 1 }, text));
        }

        yield return new("planning/edit-tasks-errors", PlanSectionCard.Build(new PlanSectionView(monthly, Plan(), ETag, PlanningFixtures.Organisation, PlanSection.Tasks)
        {
            Rejection = invalid,
            Typed = new Dictionary<string, string>(StringComparer.Ordinal) { ["tasks.0.owner"] = "wu-gang", ["tasks.1.due"] = "2027-03-01" },
        }, text));

        var company = Consolidation.Build(monthly, [big, Plan(state: DepartmentPlanState.Accepted, departmentId: "production")], Now);
        yield return new("planning/company-consolidating-conflicts", CompanyPlanCard.Build(new CompanyPlanView(Cycle(state: PlanCycleState.Consolidating), ETag, company, PlanningFixtures.Organisation) { Viewer = OpsOffice }, text));
        yield return new("planning/company-pending", CompanyPlanCard.Build(new CompanyPlanView(monthly, ETag, Consolidation.Build(monthly, [], Now), PlanningFixtures.Organisation) { Viewer = OpsOffice, Rejection = Rejection.Invalid(new Dictionary<string, FieldError> { [PlanFields.Period] = new("Planning.Error.PlansNotAccepted", 2) }) }, text));
        yield return new("planning/company-announcement", CompanyPlanCard.Build(new CompanyPlanView(Cycle(state: PlanCycleState.Published), ETag, company, PlanningFixtures.Organisation), text));

        var awaiting = Cycle(PlanKind.Annual, PlanCycleState.AwaitingApproval);
        var annualCompany = Consolidation.Build(awaiting, AllAccepted(PlanKind.Annual), Now);
        string[] approvers = ["user-id-5"];
        yield return new("planning/approval-approver", ApprovalCard.Build(new CompanyPlanView(awaiting, ETag, annualCompany, PlanningFixtures.Organisation) { Viewer = Leader }, approvers, text));
        yield return new("planning/approval-viewer", ApprovalCard.Build(new CompanyPlanView(awaiting, ETag, annualCompany, PlanningFixtures.Organisation) { Viewer = SalesHead }, approvers, text));
        yield return new("planning/approval-sendback-errors", ApprovalCard.Build(new CompanyPlanView(awaiting, ETag, annualCompany, PlanningFixtures.Organisation) { Viewer = Leader, Rejection = invalid }, approvers, text));
        var decided = awaiting with { State = PlanCycleState.Approved, DecidedBy = Leader.PersonId, DecidedAt = Now, DecisionComment = "同意" };
        yield return new("planning/approval-decided", ApprovalCard.Build(new CompanyPlanView(decided, ETag, annualCompany, PlanningFixtures.Organisation) { Viewer = Leader, Notice = text["Common.Rejection.StaleVersion"] }, approvers, text));

        IReadOnlyList<PlanBoardEntry> board = [new(monthly, ETag, [Plan(state: DepartmentPlanState.Submitted)]), new(Cycle(PlanKind.Quarterly, PlanCycleState.Published), ETag, AllAccepted(PlanKind.Quarterly))];
        yield return new("planning/board", PlanBoardCard.Build(board, PlanningFixtures.Organisation, SalesHead, text));
        yield return new("planning/board-empty", PlanBoardCard.Build([], PlanningFixtures.Organisation, OpsOffice, text));
        yield return new("planning/progress", ProgressCard.Build(Cycle(state: PlanCycleState.Published), [big, Plan(state: DepartmentPlanState.Accepted, departmentId: "production")], PlanningFixtures.Organisation, new DateOnly(2027, 1, 20), text));
        yield return new("planning/progress-not-published", ProgressCard.Build(monthly, [], PlanningFixtures.Organisation, Today, text));
        yield return new("planning/history", PlanHistoryCard.Build(annual, Adjusted(), ETag, PlanningFixtures.Organisation, text));
        yield return new("planning/history-empty", PlanHistoryCard.Build(monthly, empty, ETag, PlanningFixtures.Organisation, text));
        yield return new("planning/tasks-progress", TaskProgressCard.Build(Cycle(state: PlanCycleState.Published), big, ETag, PlanningFixtures.Organisation, text, page: 2, notice: text["Planning.Msg.TasksSaved"]));
        // A task owner's page at its largest: every task theirs, each with a full progress note and who reported it.
        var reported = big with { Content = big.Content with { Tasks = [.. big.Content.Tasks.Select(t => t with { OwnerPersonId = "sun-hao", ProgressBy = "sun-hao", ProgressAt = Now, ProgressNote = new string('进', PlanLimits.ProgressNote) })] } };
        yield return new("planning/tasks-owner", TaskProgressCard.Build(Cycle(state: PlanCycleState.Published), reported, ETag, PlanningFixtures.Organisation, text, ownerOnly: "sun-hao"));
        yield return new("planning/task-assigned-notice", PlanMessageCard.Build(text.Format("Planning.Notify.TaskAssigned", "华东渠道拓展"), [text.Format("Planning.Notify.TaskAssignedLine", PlanNames.Department(PlanningFixtures.Organisation, "sales", text), PlanNames.Cycle(monthly, text), PlanNames.Date(Today, text), PlanNames.Person(PlanningFixtures.Organisation, "li-qiang", text))], text["Planning.Notify.MyTasksButton"], PlanVerbs.Tasks, PlanVerbs.PlanEntityId(monthly.CycleId, "sales")));
        yield return new("planning/task-overdue-notice", PlanMessageCard.Build(text.Format("Planning.Notify.TaskOverdue", "华东渠道拓展"), [text.Format("Planning.Notify.TaskOverdueLine", PlanNames.Department(PlanningFixtures.Organisation, "sales", text), PlanNames.Cycle(monthly, text), PlanNames.Date(Today, text), 2, 40)], text["Planning.Notify.MyTasksButton"], PlanVerbs.Tasks, PlanVerbs.PlanEntityId(monthly.CycleId, "sales")));
        yield return new("planning/tasks-progress-error", TaskProgressCard.Build(Cycle(state: PlanCycleState.Published), Plan(state: DepartmentPlanState.Accepted), ETag, PlanningFixtures.Organisation, text, rejection: Rejection.Invalid(new Dictionary<string, FieldError> { [TaskProgressCard.ProgressId("t1")] = new("Planning.Error.OutOfRange", 0, 100) })));
    }

    /// <summary>A plan at the limits: the most targets, tasks and risks a plan may hold, with long texts.</summary>
    internal static DepartmentPlan ManyRows()
    {
        var start = PlanPeriod.Monthly(2027, 1).Start;
        var content = new PlanContent
        {
            Targets = Enumerable.Range(0, PlanLimits.MaxTargets).Select(i => new PlanTarget(i == 0 ? Metrics.Sales : $"指标{i}", "万元", 1000m + i)).ToList(),
            Tasks = Enumerable.Range(0, PlanLimits.MaxTasks).Select(i => new PlanTask($"t{i}", new string('任', 60) + i, i % 2 == 0 ? "sun-hao" : "zhou-na", start.AddDays(i % 28))
            {
                IsMilestone = i % 10 == 0,
                Status = (PlanTaskStatus)(i % 4),
                ProgressPercent = i % 4 == 2 ? 100 : i,
            }).ToList(),
            Measures = new string('措', PlanLimits.LongText),
            Resources = new ResourceNeeds { Headcount = 12, Budget = 1234567.5m, Materials = "展会展位\n检测设备" },
            Risks = Enumerable.Range(0, PlanLimits.MaxRisks).Select(i => new PlanRisk($"r{i}", new string('险', 80), (RiskCategory)(i % 5), (i % 5) + 1, ((i + 2) % 5) + 1, (RiskResponse)(i % 4))).ToList(),
        };
        return Plan(state: DepartmentPlanState.Accepted) with { Content = content };
    }

    /// <summary>An adjustment through review (owner handed over, a risk added) and accepted: the approvers still see the changes.</summary>
    private static DepartmentPlan AdjustedAndAccepted()
    {
        var adjusted = Adjusted();
        var content = adjusted.Content with
        {
            Tasks = [adjusted.Content.Tasks[0] with { OwnerPersonId = "zhou-na" }, .. adjusted.Content.Tasks.Skip(1)],
            Risks = [.. adjusted.Content.Risks, new PlanRisk("r-new", "大客户流失", RiskCategory.Market, 4, 4, RiskResponse.Reduce)],
        };
        return adjusted with { State = DepartmentPlanState.Accepted, Revision = adjusted.Revision + 1, Content = content };
    }

    private static DepartmentPlan Adjusted()
    {
        var approved = ApprovedPlan(PlanKind.Annual);
        var decision = DepartmentPlanMachine.Decide(approved, Cycle(PlanKind.Annual, PlanCycleState.Published), SalesHead, new RequestAdjustmentCommand(AdjustmentReason.MarketChange, "竞品大幅降价", Now));
        var reopened = decision.State!;
        return reopened with
        {
            Content = reopened.Content with { Targets = [reopened.Content.Targets[0] with { Value = 900m }, .. reopened.Content.Targets.Skip(1)] },
        };
    }
}
