using OpsRhythm.Bot.Planning.Approval;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Cards.Model;
using OpsRhythm.Cards.Planning;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Planning;
using OpsRhythm.Protocol.Activities;

namespace OpsRhythm.Bot.Planning.Drafting;

/// <summary>
/// "monthly plan" / "月度计划" (and quarterly, annual): a head gets their department's plan of the
/// current cycle; the ops office and leadership get the company view of it (an approver, while the
/// plan awaits approval, the approval card).
/// </summary>
internal sealed class PlanChat(PlanKind kind, PlanWorkflow workflow) : IChatCommand
{
    public string Name => $"plan.{kind}".ToLowerInvariant();

    public string HelpTextKey => $"Planning.Help.{kind}Plan";

    /// <summary>The ops office and leadership get the company plan (see <see cref="HandleAsync"/>); only a head edits their department's.</summary>
    public string HelpTextFor(Role? roles) =>
        roles is { } held && (held & (Role.OpsOffice | Role.Leadership)) != Role.None ? $"Planning.Help.{kind}PlanCompany" : HelpTextKey;

    public IReadOnlyList<string> Phrases => kind switch
    {
        PlanKind.Annual => ["annual plan", "年度计划"],
        PlanKind.Quarterly => ["quarterly plan", "季度计划"],
        _ => ["monthly plan", "月度计划"],
    };

    public Role ShownTo => Role.DepartmentHead | Role.OpsOffice | Role.Leadership;

    public async Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (turn.Actor is null)
        {
            turn.Reply(ActivityFactory.Text(turn.Text["Common.Error.UnknownPerson"]));
            return;
        }

        var today = workflow.Clock.Today(turn.Organisation);
        var cycle = PlanPeriod.TryParse(arguments, out var period) && period.Kind == kind
            ? await workflow.Documents.CycleAsync(PlanCycle.IdFor(period), cancellationToken)
            : await workflow.Documents.CurrentAsync(kind, today, cancellationToken);
        if (cycle is null)
        {
            turn.Reply(ActivityFactory.Text(turn.Text.Format("Planning.Msg.NoCycle", turn.Text[$"Planning.Kind.{kind}"])));
            return;
        }

        var actor = PlanWorkflow.Actor(turn);
        var delegateAsked = actor.ApprovesForId is not null && cycle.Value.State == PlanCycleState.AwaitingApproval && PlanningRules.May(actor, PlanAction.Approve, kind);
        if (actor.OwnDepartmentId is { } department && !actor.Has(Role.OpsOffice | Role.Leadership) && !delegateAsked)
        {
            if (await workflow.Documents.PlanAsync(cycle.Value.CycleId, department, cancellationToken) is not { } plan)
            {
                turn.Reply(ActivityFactory.Text(turn.Text["Planning.Msg.NotInCycle"]));
                return;
            }

            var view = await workflow.PlanViewAsync(turn, new PlanContext(cycle, plan), cancellationToken);
            turn.Reply(ActivityFactory.Card(CardJson.ToElement(DepartmentPlanCard.Build(view, turn.Text))));
            return;
        }

        if (!actor.Has(Role.OpsOffice | Role.Leadership) && !delegateAsked)
        {
            turn.Reply(ActivityFactory.Text(turn.Text["Planning.Msg.NotAHead"]));
            return;
        }

        // An approver asking while the plan awaits their decision gets the approval card again (with its buttons).
        var company = await workflow.CompanyViewAsync(turn, cycle, cancellationToken);
        var card = cycle.Value.State == PlanCycleState.AwaitingApproval && company.ViewerMayApprove
            ? ApprovalCard.Build(company, ApprovalRequest.RefreshUserIds(cycle.Value, turn.Organisation), turn.Text)
            : CompanyPlanCard.Build(company, turn.Text);
        turn.Reply(ActivityFactory.Card(CardJson.ToElement(card)));
    }
}
