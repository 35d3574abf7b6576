using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Cards.Organisation;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Organisation.StandIns;

namespace OpsRhythm.Bot.Organisation.StandIns;

/// <summary>
/// standin.show, standin.set and standin.remove: the stand-ins live on the organisation profile, so the
/// access rules read them on every turn; a change is an <see cref="OrganisationChange"/> like every other
/// save of the profile, audited as the stand-in it sets or ends.
/// </summary>
internal sealed class StandInHandler(IOrganisationDirectory directory, CardPipeline pipeline) : ICardActionHandler
{
    public IReadOnlyDictionary<string, VerbAccess> Access { get; } = new Dictionary<string, VerbAccess>(StringComparer.Ordinal)
    {
        [StandInVerbs.Show] = VerbAccess.Company(Role.DepartmentHead | Role.OpsOffice | Role.Leadership),
        [StandInVerbs.Set] = VerbAccess.Company(Role.DepartmentHead | Role.OpsOffice | Role.Leadership),
        [StandInVerbs.Remove] = VerbAccess.Company(Role.DepartmentHead | Role.OpsOffice | Role.Leadership),
    };

    public async Task<CardActionResult> HandleAsync(CardTurn card, CancellationToken cancellationToken)
    {
        var clock = pipeline.Clock;
        if (card.Verb == StandInVerbs.Show)
        {
            return StandInCards.Show(card, await directory.GetStoredAsync(cancellationToken), clock, null, null);
        }

        string? principal = null;
        var change = OrganisationChange.Of(
            directory,
            card,
            nameof(StandIn),
            () => principal ?? string.Empty,
            read: organisation =>
            {
                var read = StandInForm.Read(card, clock.Today(organisation), clock.UtcNow);
                principal = read.Command is { } command ? StandIn.KeyOf(command.Kind, command.ForId) : null;
                return read;
            },
            decide: (organisation, command) => StandInAdministration.Decide(organisation, card.Actor, command),
            show: (stored, note, _) => Task.FromResult(StandInCards.Show(card, stored, clock, note.Notice, note.Rejection)),
            done: _ => card.Text[card.Verb == StandInVerbs.Set ? "StandIn.Saved" : "StandIn.Removed"]);
        return await pipeline.ChangeAsync(card, change, cancellationToken);
    }
}
