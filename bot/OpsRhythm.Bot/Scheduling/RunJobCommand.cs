using OpsRhythm.Bot.Turns;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Protocol.Activities;

namespace OpsRhythm.Bot.Scheduling;

/// <summary>
/// Local runs only: "run job weekly-status-reminder" / "运行任务 …" runs one scheduled job now, as if
/// its occurrence were this minute, so a reminder or digest can be seen (and tested end to end) without
/// waiting for its cron time. Administrators only; with a bot identity (MicrosoftAppId) it is not
/// registered at all, so production has no way to fire a job by chat.
/// </summary>
internal sealed class RunJobCommand(IEnumerable<IScheduledJob> jobs, TimeProvider time) : IChatCommand
{
    public string Name => "run-job";

    public string HelpTextKey => "Scheduling.Help.RunJob";

    public IReadOnlyList<string> Phrases { get; } = ["run job", "运行任务"];

    public Role ShownTo => Role.Administrator;

    public async Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (turn.Actor is not { } actor || !actor.Has(Role.Administrator))
        {
            turn.Reply(ActivityFactory.Text(turn.Text["Scheduling.RunJob.AdministratorsOnly"]));
            return;
        }

        var names = string.Join(", ", jobs.Select(j => j.Name).Order(StringComparer.Ordinal));
        if (jobs.FirstOrDefault(j => string.Equals(j.Name, arguments.Trim(), StringComparison.OrdinalIgnoreCase)) is not { } job)
        {
            turn.Reply(ActivityFactory.Text(turn.Text.Format("Scheduling.RunJob.Choose", names)));
            return;
        }

        await job.RunAsync(time.GetUtcNow(), cancellationToken);
        turn.Reply(ActivityFactory.Text(turn.Text.Format("Scheduling.RunJob.Ran", job.Name)));
    }
}
