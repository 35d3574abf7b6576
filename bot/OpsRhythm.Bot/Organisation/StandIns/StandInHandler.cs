using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Cards.Organisation;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Organisation.StandIns;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Organisation.StandIns;

/// <summary>
/// standin.show, standin.set and standin.remove: the stand-ins live on the organisation profile, so the
/// access rules read them on every turn; a change goes through the card pipeline under the profile's
/// version, with its audit entry, and this instance's cached profile is replaced at once.
/// </summary>
internal sealed class StandInHandler(IDocumentStore store, IOrganisationDirectory directory, CardPipeline pipeline) : ICardActionHandler
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
        var change = new StateChange<OrganisationProfile, StandInCommand>
        {
            Container = StorageContainers.Organisation,
            EntityType = nameof(StandIn),
            EntityId = _ => principal ?? string.Empty,
            Load = LoadAsync,
            Read = organisation =>
            {
                var read = StandInForm.Read(card, clock.Today(organisation), clock.UtcNow);
                principal = read.Command is { } command ? StandIn.KeyOf(command.Kind, command.ForId) : null;
                return read;
            },
            Decide = (organisation, command) => StandInAdministration.Decide(organisation, card.Actor, command),
            Show = (stored, note, _) =>
            {
                directory.Remember(stored);
                return Task.FromResult(StandInCards.Show(card, stored, clock, note.Notice, note.Rejection));
            },
            Done = _ => card.Text[card.Verb == StandInVerbs.Set ? "StandIn.Saved" : "StandIn.Removed"],
        };
        return await pipeline.ChangeAsync(card, change, cancellationToken);
    }

    /// <summary>The profile as stored now, not as cached: the version a change is checked against must be the store's.</summary>
    private async Task<StoredDocument<OrganisationProfile>?> LoadAsync(CancellationToken cancellationToken) =>
        await store.ReadAsync<OrganisationProfile>(StorageContainers.Organisation, OrganisationDirectory.ProfileKey, cancellationToken)
        ?? await directory.GetStoredAsync(cancellationToken);
}
