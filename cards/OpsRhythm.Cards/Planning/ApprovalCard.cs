using OpsRhythm.Cards.Actions;
using OpsRhythm.Cards.Common;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Planning;

namespace OpsRhythm.Cards.Planning;

/// <summary>
/// The company plan put to the approvers. Posted once with <c>refresh.userIds</c> = the approvers'
/// Teams ids: when they open it their client asks for their own card (approve / send back buttons,
/// and for an annual plan the targets they may adjust); everyone else sees the status.
/// </summary>
public static class ApprovalCard
{
    /// <summary>The adjusted target input of a metric (<see cref="PlanFields.AdjustedTarget"/>).</summary>
    public static string AdjustedTargetId(string metric) => PlanFields.AdjustedTarget(metric);

    public static AdaptiveCard Build(CompanyPlanView view, IReadOnlyList<string> approverTeamsIds, Localizer text)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(approverTeamsIds);
        ArgumentNullException.ThrowIfNull(text);
        var body = CompanyPlanCard.Summary(view, text).ToList();
        var awaiting = view.Cycle.State == PlanCycleState.AwaitingApproval;
        List<CardAction>? actions = null;
        if (awaiting && view.ViewerMayApprove)
        {
            if (view.Cycle.Kind == PlanKind.Annual)
            {
                body.Add(PlanCardParts.Heading(text["Planning.AdjustTargets"]));
                foreach (var target in view.Company.TargetTotals.Where(t => Metrics.IsKnown(t.Metric)))
                {
                    body.AddRange(FieldInput.With(new InputNumber { Id = PlanFields.AdjustedTarget(target.Metric), Label = text.Format("Planning.AdjustedTargetLabel", PlanNames.Metric(target.Metric, text), target.Unit), Value = (double)target.Value }, view.Rejection, text));
                }
            }

            body.AddRange(FieldInput.With(new InputText { Id = PlanFields.Comment, Label = text["Planning.DecisionCommentLabel"], IsMultiline = true, MaxLength = PlanLimits.Comment }, view.Rejection, text));
            actions =
            [
                ActionData.Execute(text["Planning.ApproveButton"], PlanVerbs.Approve, view.Cycle.CycleId, view.CycleETag) with { Style = ActionStyle.Positive },
                ActionData.Execute(text["Planning.SendBackButton"], PlanVerbs.SendBack, view.Cycle.CycleId, view.CycleETag) with { Style = ActionStyle.Destructive },
            ];
        }
        else
        {
            body.Add(new Container(Status(view, text).Select(line => (CardElement)new TextBlock(line) { Weight = TextWeight.Bolder }).ToList()) { Style = awaiting ? ContainerStyle.Emphasis : ContainerStyle.Good, Id = "status" });
        }

        return new AdaptiveCard(body)
        {
            Actions = actions,
            FallbackText = text.Format("Planning.CompanyTitle", PlanNames.Cycle(view.Cycle, text)),
            Refresh = new CardRefresh(
                ActionData.Execute(text["Planning.RefreshButton"], PlanVerbs.ApprovalView, view.Cycle.CycleId, view.CycleETag),
                approverTeamsIds.Take(CardRefresh.MaxUserIds).ToList()),
        };
    }

    /// <summary>"陈静" or, for a delegate, "张伟（代 陈静）".</summary>
    private static string DecidedBy(CompanyPlanView view, Localizer text) =>
        PlanNames.Person(view.Organisation, view.Cycle.DecidedBy ?? string.Empty, text)
        + (view.Cycle.DecidedFor is { } principal ? text.Format("StandIn.ActedFor", PlanNames.Person(view.Organisation, principal, text)) : string.Empty);

    /// <summary>Who approved and, once published, who published: two people, each named with their own time.</summary>
    private static IReadOnlyList<string> Status(CompanyPlanView view, Localizer text)
    {
        var cycle = view.Cycle;
        if (cycle.State == PlanCycleState.AwaitingApproval)
        {
            return [text["Planning.AwaitingApprovers"]];
        }

        var decidedState = cycle.State == PlanCycleState.Published ? PlanCycleState.Approved : cycle.State;
        var decided = cycle.DecidedAt is { } at
            ? text.Format("Planning.DecidedBy", PlanNames.Of(decidedState, text), DecidedBy(view, text), DisplayTime.Moment(at, view.Organisation, text))
            : PlanNames.Of(decidedState, text);
        if (cycle.State != PlanCycleState.Published)
        {
            return [decided];
        }

        var published = cycle.PublishedAt is { } when
            ? text.Format("Planning.PublishedBy", PlanNames.Person(view.Organisation, cycle.PublishedBy ?? string.Empty, text), DisplayTime.Moment(when, view.Organisation, text))
            : PlanNames.Of(PlanCycleState.Published, text);
        return [decided, published];
    }
}
