using OpsRhythm.Bot.Turns;
using OpsRhythm.Cards.Model;
using OpsRhythm.Cards.Organisation;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Organisation.Setup;

/// <summary>Draws the set-up card for an administrator from the current organisation and the team the app was added to.</summary>
internal sealed class SetupCardFactory(IOrganisationDirectory directory, TeamDirectory teams)
{
    public async Task<AdaptiveCard> BuildAsync(Turn turn, string? notice, CancellationToken cancellationToken)
    {
        var stored = await directory.GetStoredAsync(cancellationToken);
        return await BuildAsync(turn, stored, notice, cancellationToken);
    }

    public async Task<AdaptiveCard> BuildAsync(Turn turn, StoredDocument<OrganisationProfile> stored, string? notice, CancellationToken cancellationToken)
    {
        var team = await teams.FindAsync(cancellationToken);
        return SetupCard.Build(new SetupView(stored.Value, stored.ETag, team?.TeamName ?? team?.TeamId, notice), turn.Text);
    }

    /// <summary>True when an administrator still has something to set up (their welcome then carries the set-up card).</summary>
    public async Task<bool> IsIncompleteAsync(Turn turn, CancellationToken cancellationToken)
    {
        var stored = await directory.GetStoredAsync(cancellationToken);
        var team = await teams.FindAsync(cancellationToken);
        return !SetupCard.IsComplete(new SetupView(stored.Value, stored.ETag, team?.TeamName ?? team?.TeamId), turn.Text);
    }
}
