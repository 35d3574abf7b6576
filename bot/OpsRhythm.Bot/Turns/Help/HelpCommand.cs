using OpsRhythm.Cards.Model;
using OpsRhythm.Cards.Welcome;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Protocol.Activities;

namespace OpsRhythm.Bot.Turns.Help;

/// <summary>"help" / "帮助" / "?": the commands open to the actor's roles.</summary>
internal sealed class HelpCommand(CommandCatalog catalog) : IChatCommand
{
    public string Name => "help";

    public string HelpTextKey => "Welcome.Command.Help";

    public IReadOnlyList<string> Phrases { get; } = ["help", "帮助", "?", "menu", "菜单"];

    public Role ShownTo => RoleSets.Everyone;

    public Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        var roles = turn.Actor?.Roles;
        var card = HelpCard.Build(new HelpView(roles, catalog.For(roles)), turn.Text);
        turn.Reply(ActivityFactory.Card(CardJson.ToElement(card), turn.Text["Welcome.HelpTitle"]));
        return Task.CompletedTask;
    }
}
