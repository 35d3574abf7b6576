using OpsRhythm.Bot.Turns;
using OpsRhythm.Cards.Model;
using OpsRhythm.Cards.Organisation;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Protocol.Activities;

namespace OpsRhythm.Bot.Organisation.Admin;

/// <summary>"organisation" / "组织架构": the organisation card; administrators can maintain it from there.</summary>
internal sealed class OrganisationCommand(IOrganisationDirectory directory) : IChatCommand
{
    public string Name => "organisation";

    public string HelpTextKey => "Organisation.Command.Show";

    public IReadOnlyList<string> Phrases { get; } = ["organisation", "organization", "org", "组织架构", "组织"];

    public Role ShownTo => RoleSets.Everyone;

    public async Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (turn.Actor is null)
        {
            turn.Reply(ActivityFactory.Text(turn.Text["Common.Error.UnknownPerson"]));
            return;
        }

        var stored = await directory.GetStoredAsync(cancellationToken);
        var card = OrganisationCard.Build(new OrganisationView(stored.Value, stored.ETag, turn.Actor.Has(Role.Administrator)), turn.Text);
        turn.Reply(ActivityFactory.Card(CardJson.ToElement(card)));
    }
}
