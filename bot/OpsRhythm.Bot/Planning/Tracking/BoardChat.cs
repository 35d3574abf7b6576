using OpsRhythm.Bot.Turns;
using OpsRhythm.Cards.Model;
using OpsRhythm.Cards.Planning;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Planning;
using OpsRhythm.Protocol.Activities;

namespace OpsRhythm.Bot.Planning.Tracking;

/// <summary>"plan board" / "计划看板": the current annual, quarterly and monthly cycles and where each department stands.</summary>
internal sealed class BoardChat(PlanWorkflow workflow) : IChatCommand
{
    public string Name => "plan.board";

    public string HelpTextKey => "Planning.Help.Board";

    public IReadOnlyList<string> Phrases { get; } = ["plan board", "计划看板"];

    public Role ShownTo => Role.DepartmentHead | Role.OpsOffice | Role.Leadership;

    public async Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (turn.Actor is null)
        {
            turn.Reply(ActivityFactory.Text(turn.Text["Common.Error.UnknownPerson"]));
            return;
        }

        var today = workflow.Clock.Today(turn.Organisation);
        var entries = new List<PlanBoardEntry>();
        foreach (var kind in new[] { PlanKind.Monthly, PlanKind.Quarterly, PlanKind.Annual })
        {
            if (await workflow.Documents.CurrentAsync(kind, today, cancellationToken) is { } cycle)
            {
                var plans = await workflow.Documents.PlansAsync(cycle.Value.CycleId, cancellationToken);
                entries.Add(new PlanBoardEntry(cycle.Value, cycle.ETag, plans.Select(p => p.Value).ToList()));
            }
        }

        turn.Reply(ActivityFactory.Card(CardJson.ToElement(PlanBoardCard.Build(entries, turn.Organisation, PlanWorkflow.Actor(turn), turn.Text, today))));
    }
}
