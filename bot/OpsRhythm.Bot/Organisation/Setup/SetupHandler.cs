using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Cards.Organisation;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Workflow;
using OpsRhythm.Protocol.Connector;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Organisation.Setup;

/// <summary>
/// The set-up card's own buttons: show it again, and import the team's members and channels. An
/// import from a stale card still runs (it merges into the current organisation and keeps manual
/// changes), so the version is only used to detect a concurrent save.
/// </summary>
internal sealed partial class SetupHandler(
    IOrganisationDirectory directory,
    TeamDirectory teams,
    TeamImporter importer,
    SetupCardFactory cards,
    ILogger<SetupHandler> logger) : ICardActionHandler
{
    public IReadOnlyDictionary<string, VerbAccess> Access { get; } = new Dictionary<string, VerbAccess>(StringComparer.Ordinal)
    {
        [OrganisationVerbs.Setup] = VerbAccess.Company(Role.Administrator),
        [OrganisationVerbs.Import] = VerbAccess.Company(Role.Administrator),
    };

    public async Task<CardActionResult> HandleAsync(CardTurn card, CancellationToken cancellationToken)
    {
        var (turn, request) = (card.Turn, card.Request);
        if (!card.Actor.Has(Role.Administrator))
        {
            return CardAnswers.Forbidden(card, Rejection.RoleNotAllowed(Role.Administrator));
        }

        if (request.Verb == OrganisationVerbs.Setup)
        {
            return CardActionResult.ShowCard(await cards.BuildAsync(turn, null, cancellationToken));
        }

        if (await teams.FindAsync(cancellationToken) is not { } team)
        {
            return CardActionResult.ShowCard(await cards.BuildAsync(turn, turn.Text["Organisation.Setup.NoTeam"], cancellationToken));
        }

        for (var attempt = 0; ; attempt++)
        {
            var stored = await directory.GetStoredAsync(cancellationToken);
            try
            {
                var result = await importer.ImportAsync(team, stored, card.Actor, cancellationToken);
                var notice = turn.Text.Format("Organisation.Setup.Imported", result.Added, result.Updated, result.Organisation.Channels.Count);
                if (result.ProposedDepartments > 0)
                {
                    notice += " " + turn.Text.Format("Organisation.Setup.Proposed", result.ProposedDepartments);
                }

                return CardActionResult.ShowCard(await cards.BuildAsync(turn, notice, cancellationToken));
            }
            catch (DocumentPreconditionFailedException) when (attempt < 2)
            {
                // Someone saved the organisation meanwhile: merge into theirs.
            }
            catch (Exception e) when (e is ConnectorException or HttpRequestException or Microsoft.Graph.Models.ODataErrors.ODataError)
            {
                LogImportFailed(logger, e.Message);
                return CardActionResult.ShowCard(await cards.BuildAsync(turn, turn.Text.Format("Organisation.Setup.ImportFailed", e.Message), cancellationToken));
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The team import failed: {Reason}")]
    private static partial void LogImportFailed(ILogger logger, string reason);
}
