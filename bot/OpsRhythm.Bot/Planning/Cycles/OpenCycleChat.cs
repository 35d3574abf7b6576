using OpsRhythm.Bot.Turns;
using OpsRhythm.Cards.Common;
using OpsRhythm.Cards.Model;
using OpsRhythm.Cards.Planning;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Planning;
using OpsRhythm.Domain.Time;
using OpsRhythm.Protocol.Activities;

namespace OpsRhythm.Bot.Planning.Cycles;

/// <summary>"open monthly plan" / "开启月度计划" (and quarterly, annual): the form that opens the next period's cycle.</summary>
internal sealed class OpenCycleChat(PlanKind kind, OrganisationClock clock) : IChatCommand
{
    public string Name => $"plan.open.{kind}".ToLowerInvariant();

    public string HelpTextKey => $"Planning.Help.Open{kind}";

    public IReadOnlyList<string> Phrases => kind switch
    {
        PlanKind.Annual => ["open annual plan", "开启年度计划"],
        PlanKind.Quarterly => ["open quarterly plan", "开启季度计划"],
        _ => ["open monthly plan", "开启月度计划"],
    };

    public Role ShownTo => PlanningRules.AllowedRoles(PlanAction.OpenCycle, kind);

    public Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (turn.Actor is null)
        {
            turn.Reply(ActivityFactory.Text(turn.Text["Common.Error.UnknownPerson"]));
            return Task.CompletedTask;
        }

        var allowed = PlanningRules.AllowedRoles(PlanAction.OpenCycle, kind);
        if ((turn.Actor.Roles & allowed) == Role.None)
        {
            turn.Reply(ActivityFactory.Text(RejectionText.Describe(Domain.Workflow.Rejection.RoleNotAllowed(allowed), turn.Text)));
            return Task.CompletedTask;
        }

        var today = clock.Today(turn.Organisation);
        var period = PlanPeriod.TryParse(arguments, out var asked) && asked.Kind == kind ? asked : PlanPeriod.NextAfter(kind, today);
        var due = OpenCycleHandler.SuggestedDueDate(today, period);
        turn.Reply(ActivityFactory.Card(CardJson.ToElement(CycleOpenCard.Build(period, due, turn.Text))));
        return Task.CompletedTask;
    }
}
