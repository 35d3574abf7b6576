using OpsRhythm.Bot.Turns;
using OpsRhythm.Cards.Common;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Workflow;
using OpsRhythm.Protocol.Activities;

namespace OpsRhythm.Bot.Organisation.Setup;

/// <summary>"setup" / "设置向导": the administrator's set-up card (what is missing, what to do next).</summary>
internal sealed class SetupCommand(SetupCardFactory cards) : IChatCommand
{
    public string Name => "setup";

    public string HelpTextKey => "Organisation.Command.Setup";

    public IReadOnlyList<string> Phrases { get; } = ["setup", "set up", "设置向导", "组织设置"];

    public Role ShownTo => Role.Administrator;

    public async Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (turn.Actor?.Has(Role.Administrator) != true)
        {
            turn.Reply(ActivityFactory.Text(RejectionText.Describe(Rejection.RoleNotAllowed(Role.Administrator), turn.Text)));
            return;
        }

        turn.Reply(ActivityFactory.Card(CardJson.ToElement(await cards.BuildAsync(turn, null, cancellationToken))));
    }
}
