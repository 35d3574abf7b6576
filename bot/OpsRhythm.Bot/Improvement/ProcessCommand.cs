using OpsRhythm.Bot.Turns;
using OpsRhythm.Cards.Improvement;
using OpsRhythm.Domain.Improvement;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Bot.Improvement;

/// <summary>"process" / "登记流程" [name]: the ops office records a process with its owner and the four principles assessed .</summary>
internal sealed class ProcessCommand : IChatCommand
{
    public string Name => "process";

    public string HelpTextKey => "Improvement.Help.Process";

    public IReadOnlyList<string> Phrases { get; } = ["record process", "new process", "登记流程", "流程登记"];

    public Role ShownTo => Role.OpsOffice;

    public Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (turn.Actor?.Has(Role.OpsOffice) != true)
        {
            turn.ReplyRejection(Rejection.RoleNotAllowed(Role.OpsOffice));
            return Task.CompletedTask;
        }

        var typed = string.IsNullOrWhiteSpace(arguments) ? null : new Dictionary<string, string> { [ProcessFields.Process] = arguments.Trim() };
        turn.ReplyCard(ProcessFormCard.Build(turn.Organisation, turn.Text, typed));
        return Task.CompletedTask;
    }
}
