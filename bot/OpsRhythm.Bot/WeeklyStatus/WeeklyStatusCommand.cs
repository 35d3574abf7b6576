using Microsoft.Extensions.Options;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Cards.Model;
using OpsRhythm.Cards.WeeklyStatus;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Time;
using OpsRhythm.Protocol.Activities;

namespace OpsRhythm.Bot.WeeklyStatus;

/// <summary>"weekly status" / "周报": the status card of the department the actor heads, for this week, with its monthly plan's tasks.</summary>
internal sealed class WeeklyStatusCommand(WeeklyStatusReports reports, MonthlyPlanTracking planTracking, IOptions<WeeklyStatusOptions> options, OrganisationClock clock) : IChatCommand
{
    public string Name => "weekly-status";

    public string HelpTextKey => "WeeklyStatus.Help.Status";

    public IReadOnlyList<string> Phrases { get; } = ["weekly status", "周报", "本周周报"];

    public Role ShownTo => Role.DepartmentHead;

    public async Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (turn.Actor is not { } actor)
        {
            turn.Reply(ActivityFactory.Text(turn.Text["Common.Error.UnknownPerson"]));
            return;
        }

        if (turn.Organisation.DepartmentHeadedBy(actor.Id) is not { } department)
        {
            turn.Reply(ActivityFactory.Text(turn.Text["WeeklyStatus.NotHead"]));
            return;
        }

        var now = clock.UtcNow;
        var report = await reports.GetOrCreateAsync(StatusWeek.At(now, turn.Organisation, options.Value), department.Id, cancellationToken);
        var planTasks = await planTracking.TasksAsync(report.Value, turn.Organisation, cancellationToken);
        var card = WeeklyStatusFormCard.Build(report.Value, report.ETag, turn.Organisation, turn.Text, now, planTasks: planTasks);
        turn.Reply(ActivityFactory.Card(CardJson.ToElement(card), card.FallbackText));
    }
}
