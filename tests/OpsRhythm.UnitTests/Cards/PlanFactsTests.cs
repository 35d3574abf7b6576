using OpsRhythm.Bot.Meetings;
using OpsRhythm.Bot.Planning.Cycles;
using OpsRhythm.Bot.Planning.Drafting;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Cards.Common;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Cards.Planning;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Planning;
using static OpsRhythm.UnitTests.Planning.PlanningFixtures;

namespace OpsRhythm.UnitTests.Cards;

/// <summary>Facts a card states must be true: who did what, where a plan stands, what changed against what, who may act.</summary>
public sealed class PlanFactsTests
{
    private static readonly DateTimeOffset ApprovedAt = new(2026, 12, 7, 7, 39, 0, TimeSpan.FromHours(8));
    private static readonly DateTimeOffset PublishedAt = new(2026, 12, 7, 9, 5, 0, TimeSpan.FromHours(8));

    private static PlanCycle Published() => Cycle(state: PlanCycleState.Published) with
    {
        DecidedBy = Leader.PersonId,
        DecidedAt = ApprovedAt,
        PublishedBy = OpsOffice.PersonId,
        PublishedAt = PublishedAt,
    };

    [Fact]
    public void Publishing_records_who_published_beside_who_approved()
    {
        var approved = Cycle(state: PlanCycleState.Approved) with { DecidedBy = Leader.PersonId, DecidedAt = ApprovedAt };
        var decision = PlanCycleMachine.Decide(approved, OpsOffice, new PublishCommand(PublishedAt));

        Assert.Equal(OpsOffice.PersonId, decision.State!.PublishedBy);
        Assert.Equal(Leader.PersonId, decision.State.DecidedBy);
    }

    [Fact]
    public void The_published_approval_card_names_the_approver_and_the_publisher_each_with_their_time()
    {
        var cycle = Published();
        var json = CardJson.ToJson(ApprovalCard.Build(
            new CompanyPlanView(cycle, "\"e\"", Consolidation.Build(cycle, AllAccepted(), PublishedAt), Organisation),
            [],
            Localizer.ZhCn));

        Assert.Contains("已批准：陈静，12月7日（周一）07:39", json, StringComparison.Ordinal);
        Assert.Contains("已发布：高宇，12月7日（周一）09:05", json, StringComparison.Ordinal);
        Assert.DoesNotContain("已发布：陈静", json, StringComparison.Ordinal);
    }

    [Fact]
    public void After_publishing_the_board_says_published_and_when_not_accepted_and_the_due_date()
    {
        var cycle = Published();
        var json = CardJson.ToJson(PlanBoardCard.Build([new PlanBoardEntry(cycle, "\"e\"", AllAccepted())], Organisation, OpsOffice, Localizer.ZhCn));

        Assert.Contains("发布：12月7日（周一）09:05", json, StringComparison.Ordinal);
        Assert.DoesNotContain("已通过", json, StringComparison.Ordinal);
        Assert.DoesNotContain("截止", json, StringComparison.Ordinal);
    }

    [Fact]
    public void After_publishing_the_plan_says_published_and_when_not_accepted_and_the_due_date()
    {
        var json = CardJson.ToJson(DepartmentPlanCard.Build(
            new DepartmentPlanView(Published(), Plan(state: DepartmentPlanState.Accepted), "\"e\"", Organisation) { Viewer = SalesHead },
            Localizer.ZhCn));

        Assert.Contains("状态：已发布", json, StringComparison.Ordinal);
        Assert.Contains("发布：12月7日（周一）09:05", json, StringComparison.Ordinal);
        Assert.DoesNotContain("已通过", json, StringComparison.Ordinal);
        Assert.DoesNotContain("截止", json, StringComparison.Ordinal);
    }

    [Fact]
    public void The_approval_comment_is_kept_on_the_history_row_of_the_approval()
    {
        var plan = DepartmentPlanMachine.MarkApproved(Plan(state: DepartmentPlanState.Accepted), Leader.PersonId, ApprovedAt, "同意，注意回款");

        Assert.Equal("同意，注意回款", plan.History[^1].Comment);
        var json = CardJson.ToJson(PlanHistoryCard.Build(Published(), plan, "\"e\"", Organisation, Localizer.ZhCn));
        Assert.Contains("同意，注意回款", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Changes_from_the_approved_version_compare_against_the_approved_revision_not_a_returned_one()
    {
        var approved = ValidContent();
        var returned = approved with { Measures = "退回前的措施" };
        var now = approved with { Measures = "现在的措施" };
        var plan = Plan(state: DepartmentPlanState.Submitted) with
        {
            Content = now,
            Revision = 3,
            ApprovedRevision = 1,
            History =
            [
                new PlanRevision(1, PlanEvents.Submitted, SalesHead.PersonId, ApprovedAt, approved),
                new PlanRevision(1, PlanEvents.Approved, Leader.PersonId, ApprovedAt, approved),
                new PlanRevision(2, PlanEvents.Submitted, SalesHead.PersonId, PublishedAt, returned),
                new PlanRevision(2, PlanEvents.Returned, OpsOffice.PersonId, PublishedAt, returned) { Comment = "请补充" },
                new PlanRevision(3, PlanEvents.Submitted, SalesHead.PersonId, PublishedAt, now),
            ],
        };

        var json = CardJson.ToJson(PlanHistoryCard.Build(Cycle(), plan, "\"e\"", Organisation, Localizer.ZhCn));

        Assert.Contains("与批准版本相比的变化", json, StringComparison.Ordinal);
        Assert.Contains("加强渠道激励", json, StringComparison.Ordinal);
        Assert.DoesNotContain("退回前的措施", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Before_any_approval_the_history_compares_with_the_previous_submission_and_says_so()
    {
        var first = ValidContent();
        var plan = Plan(state: DepartmentPlanState.Submitted) with
        {
            Content = first with { Measures = "第二次" },
            Revision = 2,
            History =
            [
                new PlanRevision(1, PlanEvents.Submitted, SalesHead.PersonId, ApprovedAt, first),
                new PlanRevision(1, PlanEvents.Returned, OpsOffice.PersonId, ApprovedAt, first) { Comment = "请补充" },
                new PlanRevision(2, PlanEvents.Submitted, SalesHead.PersonId, PublishedAt, first with { Measures = "第二次" }),
            ],
        };

        var json = CardJson.ToJson(PlanHistoryCard.Build(Cycle(), plan, "\"e\"", Organisation, Localizer.ZhCn));

        Assert.Contains("与上次提交相比的变化", json, StringComparison.Ordinal);
        Assert.DoesNotContain("与批准版本相比的变化", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_head_refused_on_another_departments_plan_is_told_whose_plan_it_is_and_its_head_by_name()
    {
        var decision = DepartmentPlanMachine.Decide(Plan(departmentId: "sales"), Cycle(), ProductionHead, new SaveDraftCommand(ValidContent(), SalesMembers, Now));

        var zh = RejectionText.Describe(decision.Rejection!, Localizer.ZhCn, Organisation);
        var en = RejectionText.Describe(decision.Rejection!, Localizer.EnUs, Organisation);

        Assert.Equal("这是销售部的事项，你不能操作。可执行者：销售部负责人李强。", zh);
        Assert.Equal("This belongs to Sales; you may not act on it. Who may: Li Qiang, head of Sales.", en);
    }

    [Fact]
    public void Help_tells_a_head_only_what_a_head_may_do_with_meetings_and_plans()
    {
        var meetings = (IChatCommand)new MeetingsCommand(null!);
        var head = Role.Employee | Role.DepartmentHead;

        Assert.DoesNotContain("安排", Localizer.ZhCn[meetings.HelpTextFor(head)], StringComparison.Ordinal);
        Assert.DoesNotContain("取消", Localizer.ZhCn[meetings.HelpTextFor(head)], StringComparison.Ordinal);
        Assert.Contains("取消", Localizer.ZhCn[meetings.HelpTextFor(Role.Employee | Role.OpsOffice)], StringComparison.Ordinal);
        Assert.Contains("编辑本部门", Localizer.ZhCn[((IChatCommand)new PlanChat(PlanKind.Monthly, null!)).HelpTextFor(head)], StringComparison.Ordinal);
    }

    [Fact]
    public void Help_does_not_tell_the_leader_to_edit_their_departments_plan()
    {
        var plan = (IChatCommand)new PlanChat(PlanKind.Monthly, null!);

        var line = Localizer.ZhCn[plan.HelpTextFor(Role.Employee | Role.Leadership)];

        Assert.DoesNotContain("编辑", line, StringComparison.Ordinal);
        Assert.DoesNotContain("本部门", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Opening_annual_quarterly_and_monthly_plans_each_have_their_own_help_text()
    {
        var texts = new[] { PlanKind.Annual, PlanKind.Quarterly, PlanKind.Monthly }
            .Select(kind => Localizer.ZhCn[((IChatCommand)new OpenCycleChat(kind, null!)).HelpTextFor(Role.OpsOffice | Role.Leadership)])
            .ToList();

        Assert.Equal(3, texts.Distinct(StringComparer.Ordinal).Count());
        Assert.All(texts, t => Assert.DoesNotContain("/", t, StringComparison.Ordinal));
    }
}
