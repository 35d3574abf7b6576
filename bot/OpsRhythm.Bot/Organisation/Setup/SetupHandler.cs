using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Cards.Organisation;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Protocol.Connector;

namespace OpsRhythm.Bot.Organisation.Setup;

/// <summary>
/// The set-up card's own buttons: show it again, and import the team's members and channels through the
/// card pipeline. An import from a stale card still runs (it merges into the current organisation and
/// keeps manual changes), so its version is not compared; a concurrent save still wins the write.
/// </summary>
internal sealed partial class SetupHandler(
    IOrganisationDirectory directory,
    TeamDirectory teams,
    TeamImporter importer,
    SetupCardFactory cards,
    CardPipeline pipeline,
    ILogger<SetupHandler> logger) : ICardActionHandler
{
    public IReadOnlyDictionary<string, VerbAccess> Access { get; } = new Dictionary<string, VerbAccess>(StringComparer.Ordinal)
    {
        [OrganisationVerbs.Setup] = VerbAccess.Company(Role.Administrator),
        [OrganisationVerbs.Import] = VerbAccess.Company(Role.Administrator),
    };

    public async Task<CardActionResult> HandleAsync(CardTurn card, CancellationToken cancellationToken)
    {
        if (card.Verb == OrganisationVerbs.Setup)
        {
            return await ShowAsync(card, null, cancellationToken);
        }

        if (await teams.FindAsync(cancellationToken) is not { } team)
        {
            return await ShowAsync(card, card.Text["Organisation.Setup.NoTeam"], cancellationToken);
        }

        ImportRoster roster;
        try
        {
            roster = await importer.ReadAsync(team, cancellationToken);
        }
        catch (Exception e) when (e is ConnectorException or HttpRequestException or Microsoft.Graph.Models.ODataErrors.ODataError)
        {
            LogImportFailed(logger, e.Message);
            return await ShowAsync(card, card.Text.Format("Organisation.Setup.ImportFailed", e.Message), cancellationToken);
        }

        var counts = new Dictionary<string, string>();
        return await pipeline.ChangeAsync(card, OrganisationChange.Of(
            directory,
            card,
            nameof(OrganisationProfile),
            () => team.TeamId,
            read: _ => CommandRead.Ok(roster),
            decide: (profile, command) =>
            {
                var decision = OrganisationAdministration.ImportRoster(profile, card.Actor, command);
                counts = decision.Events.Count > 0 ? decision.Events[0].Details.ToDictionary() : counts;
                return decision;
            },
            show: async (stored, note, ct) => CardActionResult.ShowCard(await cards.BuildAsync(card.Turn, stored, note.Notice, ct)),
            done: profile => Notice(card, counts, profile.Channels.Count)) with { ChecksVersion = false }, cancellationToken);
    }

    private static string Notice(CardTurn card, Dictionary<string, string> counts, int channels)
    {
        string Count(string key) => counts.GetValueOrDefault(key, "0");
        var notice = card.Text.Format("Organisation.Setup.Imported", Count(OrganisationAdministration.ImportAdded), Count(OrganisationAdministration.ImportUpdated), channels);
        return Count(OrganisationAdministration.ImportProposed) is var proposed && proposed != "0"
            ? notice + " " + card.Text.Format("Organisation.Setup.Proposed", proposed)
            : notice;
    }

    private async Task<CardActionResult> ShowAsync(CardTurn card, string? notice, CancellationToken cancellationToken) =>
        CardActionResult.ShowCard(await cards.BuildAsync(card.Turn, notice, cancellationToken));

    [LoggerMessage(Level = LogLevel.Warning, Message = "The team import failed: {Reason}")]
    private static partial void LogImportFailed(ILogger logger, string reason);
}
