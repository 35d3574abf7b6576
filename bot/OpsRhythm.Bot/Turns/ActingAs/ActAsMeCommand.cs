using OpsRhythm.Domain.Organisation;
using OpsRhythm.Protocol.Activities;

namespace OpsRhythm.Bot.Turns.ActingAs;

/// <summary>Local runs only: "act as me" / "恢复身份" returns the user to themselves.</summary>
internal sealed class ActAsMeCommand(ActAsSessions sessions) : IChatCommand
{
    public string Name => "act-as-me";

    public string HelpTextKey => "Welcome.Command.ActAsMe";

    public IReadOnlyList<string> Phrases { get; } = ["act as me", "恢复身份"];

    public Role ShownTo => RoleSets.Everyone;

    public Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        var stopped = sessions.Stop(turn.Activity.From?.Id ?? string.Empty);
        turn.Reply(ActivityFactory.Text(turn.Text[stopped ? "Welcome.ActAs.Stopped" : "Welcome.ActAs.NotActing"]));
        return Task.CompletedTask;
    }
}
