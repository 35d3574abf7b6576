using OpsRhythm.Bot.Turns;
using OpsRhythm.Cards.Improvement;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Bot.Improvement;

/// <summary>"redesign" / "流程再造": the ops office starts a process redesign project .</summary>
internal sealed class RedesignCommand : IChatCommand
{
    public string Name => "redesign";

    public string HelpTextKey => "Improvement.Help.Redesign";

    public IReadOnlyList<string> Phrases { get; } = ["redesign", "process redesign", "流程再造", "流程优化"];

    public Role ShownTo => Role.OpsOffice;

    public Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (turn.Actor?.Has(Role.OpsOffice) != true)
        {
            turn.ReplyRejection(Rejection.RoleNotAllowed(Role.OpsOffice));
            return Task.CompletedTask;
        }

        var typed = string.IsNullOrWhiteSpace(arguments) ? null : new Dictionary<string, string> { ["process"] = arguments.Trim() };
        turn.ReplyCard(RedesignProjectCard.StartForm(turn.Organisation, turn.Text, typed));
        return Task.CompletedTask;
    }
}
