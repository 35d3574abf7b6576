using OpsRhythm.Bot.Turns;
using OpsRhythm.Cards.Model;
using OpsRhythm.Cards.Organisation;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Time;
using OpsRhythm.Protocol.Activities;

namespace OpsRhythm.Bot.Organisation.StandIns;

/// <summary>"stand-ins" / "代理人": who stands in for whom, and the form to name a stand-in.</summary>
internal sealed class StandInChat(IOrganisationDirectory directory, OrganisationClock clock) : IChatCommand
{
    public string Name => "stand-ins";

    public string HelpTextKey => "StandIn.Help.Show";

    public IReadOnlyList<string> Phrases { get; } = ["stand-ins", "stand-in", "deputy", "代理人", "代理"];

    public Role ShownTo => Role.DepartmentHead | Role.OpsOffice | Role.Leadership;

    public async Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (turn.Actor is not { } actor)
        {
            turn.Reply(ActivityFactory.Text(turn.Text["Common.Error.UnknownPerson"]));
            return;
        }

        var stored = await directory.GetStoredAsync(cancellationToken);
        var card = StandInCard.Build(StandInCards.View(stored, actor, clock), turn.Text);
        turn.Reply(ActivityFactory.Card(CardJson.ToElement(card), card.FallbackText));
    }
}
