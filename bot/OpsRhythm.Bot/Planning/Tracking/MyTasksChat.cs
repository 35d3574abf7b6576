using OpsRhythm.Bot.Turns;
using OpsRhythm.Cards.Model;
using OpsRhythm.Cards.Planning;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Planning;
using OpsRhythm.Protocol.Activities;

namespace OpsRhythm.Bot.Planning.Tracking;

/// <summary>"my tasks" / "我的任务" [month]: the tasks the person owns (责任人) in the month's published plan of their department, to report progress on.</summary>
internal sealed class MyTasksChat(PlanWorkflow workflow) : IChatCommand
{
    public string Name => "plan.my-tasks";

    public string HelpTextKey => "Planning.Help.MyTasks";

    public IReadOnlyList<string> Phrases { get; } = ["my tasks", "我的任务"];

    public Role ShownTo => Role.Employee;

    public async Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (turn.Actor is not { } actor)
        {
            turn.Reply(ActivityFactory.Text(turn.Text["Common.Error.UnknownPerson"]));
            return;
        }

        // "我的任务 2027-09" names a month; without one, the current month in the organisation's zone.
        var month = PlanPeriod.TryParse(arguments, out var named) && named.Kind == PlanKind.Monthly
            ? named
            : PlanDocuments.PeriodContaining(PlanKind.Monthly, workflow.Clock.Today(turn.Organisation));
        var cycleId = PlanCycle.IdFor(month);
        if (actor.DepartmentId is not { } department
            || await workflow.Documents.CycleAsync(cycleId, cancellationToken) is not { Value.State: PlanCycleState.Published } cycle
            || await workflow.Documents.PlanAsync(cycleId, department, cancellationToken) is not { } plan
            || plan.Value.Content.Tasks.All(t => t.OwnerPersonId != actor.Id))
        {
            turn.Reply(ActivityFactory.Text(turn.Text["Planning.Msg.NoOwnTasks"]));
            return;
        }

        var card = TaskProgressCard.Build(cycle.Value, plan.Value, plan.ETag, turn.Organisation, turn.Text, ownerOnly: actor.Id);
        turn.Reply(ActivityFactory.Card(CardJson.ToElement(card), card.FallbackText));
    }
}
