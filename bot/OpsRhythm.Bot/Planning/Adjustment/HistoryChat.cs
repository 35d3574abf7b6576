using OpsRhythm.Bot.Turns;
using OpsRhythm.Cards.Model;
using OpsRhythm.Cards.Planning;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Planning;
using OpsRhythm.Protocol.Activities;

namespace OpsRhythm.Bot.Planning.Adjustment;

/// <summary>"plan history" / "计划历史" [period]: the head's own plan history, of the current month unless a period is given.</summary>
internal sealed class HistoryChat(PlanWorkflow workflow) : IChatCommand
{
    public string Name => "plan.history";

    public string HelpTextKey => "Planning.Help.History";

    public IReadOnlyList<string> Phrases { get; } = ["plan history", "计划历史"];

    public Role ShownTo => Role.DepartmentHead;

    public async Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        var department = turn.Actor is null ? null : turn.Organisation.DepartmentHeadedBy(turn.Actor.Id);
        if (department is null)
        {
            turn.Reply(ActivityFactory.Text(turn.Text["Planning.Msg.NotAHead"]));
            return;
        }

        var today = workflow.Clock.Today(turn.Organisation);
        var cycle = PlanPeriod.TryParse(arguments, out var period)
            ? await workflow.Documents.CycleAsync(PlanCycle.IdFor(period), cancellationToken)
            : await workflow.Documents.CurrentAsync(PlanKind.Monthly, today, cancellationToken);
        var plan = cycle is null ? null : await workflow.Documents.PlanAsync(cycle.Value.CycleId, department.Id, cancellationToken);
        if (cycle is null || plan is null)
        {
            turn.Reply(ActivityFactory.Text(turn.Text.Format("Planning.Msg.NoCycle", arguments.Length > 0 ? arguments : turn.Text["Planning.Kind.Monthly"])));
            return;
        }

        turn.Reply(ActivityFactory.Card(CardJson.ToElement(PlanHistoryCard.Build(cycle.Value, plan.Value, plan.ETag, turn.Organisation, turn.Text))));
    }
}
