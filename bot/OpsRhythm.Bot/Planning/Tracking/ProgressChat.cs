using OpsRhythm.Bot.Turns;
using OpsRhythm.Cards.Common;
using OpsRhythm.Cards.Model;
using OpsRhythm.Cards.Planning;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Planning;
using OpsRhythm.Domain.Workflow;
using OpsRhythm.Protocol.Activities;

namespace OpsRhythm.Bot.Planning.Tracking;

/// <summary>"progress" / "进度": each department's completion of this month's plan, for the ops office and leadership.</summary>
internal sealed class ProgressChat(PlanWorkflow workflow) : IChatCommand
{
    public string Name => "plan.progress";

    public string HelpTextKey => "Planning.Help.Progress";

    public IReadOnlyList<string> Phrases { get; } = ["progress", "进度"];

    public Role ShownTo => PlanningRules.AllowedRoles(PlanAction.ViewProgress, PlanKind.Monthly);

    public async Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (turn.Actor is null)
        {
            turn.Reply(ActivityFactory.Text(turn.Text["Common.Error.UnknownPerson"]));
            return;
        }

        if (!PlanningRules.May(PlanWorkflow.Actor(turn), PlanAction.ViewProgress, PlanKind.Monthly))
        {
            turn.Reply(ActivityFactory.Text(RejectionText.Describe(Rejection.RoleNotAllowed(ShownTo), turn.Text)));
            return;
        }

        var today = workflow.Clock.Today(turn.Organisation);
        var period = PlanPeriod.TryParse(arguments, out var asked) ? asked : PlanDocuments.PeriodContaining(PlanKind.Monthly, today);
        if (await workflow.Documents.CycleAsync(PlanCycle.IdFor(period), cancellationToken) is not { } cycle)
        {
            turn.Reply(ActivityFactory.Text(turn.Text.Format("Planning.Msg.NoCycle", PlanNames.Period(period, turn.Text))));
            return;
        }

        var plans = await workflow.Documents.PlansAsync(cycle.Value.CycleId, cancellationToken);
        turn.Reply(ActivityFactory.Card(CardJson.ToElement(ProgressCard.Build(cycle.Value, plans.Select(p => p.Value).ToList(), turn.Organisation, today, turn.Text))));
    }
}
