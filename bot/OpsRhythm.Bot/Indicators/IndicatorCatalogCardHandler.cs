using OpsRhythm.Bot.Persistence;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Cards.Indicators;
using OpsRhythm.Domain.Auditing;
using OpsRhythm.Domain.Indicators;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Time;
using OpsRhythm.Domain.Workflow;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Indicators;

/// <summary>The catalog card's edit button and the edit card's save button; only the ops office keeps the catalog .</summary>
public sealed class IndicatorCatalogCardHandler(IndicatorReader reader, ChangeWriter writer, OrganisationClock clock) : ICardActionHandler
{
    private static readonly DocumentKey CatalogKey = new(IndicatorCatalog.PartitionKey, IndicatorCatalog.DocumentId);

    public IReadOnlyDictionary<string, VerbAccess> Access { get; } = new Dictionary<string, VerbAccess>(StringComparer.Ordinal)
    {
        [IndicatorVerbs.EditIndicator] = VerbAccess.Company(Role.OpsOffice),
        [IndicatorVerbs.SaveIndicator] = VerbAccess.Company(Role.OpsOffice),
    };

    public async Task<CardActionResult> HandleAsync(CardTurn card, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(card);
        var (turn, request) = (card.Turn, card.Request);
        if (IndicatorAccess.CheckOpsOffice(turn.Actor!) is { } forbidden)
        {
            return CardAnswers.Forbidden(turn, forbidden);
        }

        var (catalog, etag) = await reader.CatalogAsync(cancellationToken);
        if (request.Verb == IndicatorVerbs.EditIndicator)
        {
            return CardActionResult.ShowCard(IndicatorEditCard.Build(catalog, etag ?? string.Empty, turn.Text));
        }

        // The seed has no ETag yet: the card then carries an empty version, which arrives as absent.
        if (request.Version != etag)
        {
            return Stale(turn, catalog, etag, request);
        }

        var edit = new IndicatorEdit(
            request.Value("indicator"), request.Value("newId"), request.Value("nameZh"), request.Value("nameEn"),
            request.Value("group"), request.Value("unit"), request.Value("direction"), request.Value("frequency"));
        var decision = edit.Validate(catalog);
        if (!decision.IsAccepted)
        {
            return CardActionResult.ShowCard(IndicatorEditCard.Build(catalog, etag ?? string.Empty, turn.Text, request.Data, decision.Rejection));
        }

        var indicator = decision.State!;
        var updated = catalog.With(indicator);
        var action = catalog.Indicators.Any(i => i.Id == indicator.Id) ? "changed" : "added";
        try
        {
            await writer.CommitAsync(
                new Change<IndicatorCatalog>(StorageContainers.Indicators, CatalogKey, updated, etag)
                {
                    Audit = [new AuditEvent("audit:" + Guid.NewGuid().ToString("N"), nameof(Indicator), indicator.Id, action, turn.Actor!.Id, clock.UtcNow)],
                },
                cancellationToken);
        }
        catch (Exception e) when (e is DocumentPreconditionFailedException or DocumentConflictException)
        {
            // Someone saved the catalog in between (or, for the seed, created it first): show theirs.
            var (current, currentETag) = await reader.CatalogAsync(cancellationToken);
            return Stale(turn, current, currentETag, request);
        }

        return CardActionResult.ShowCard(CatalogCard.Build(updated, turn.Text, canEdit: true));
    }

    private static CardActionResult Stale(Turn turn, IndicatorCatalog catalog, string? etag, CardActionRequest request) =>
        CardActionResult.ShowCard(IndicatorEditCard.Build(catalog, etag ?? string.Empty, turn.Text, request.Data, new Rejection(RejectionReason.StaleVersion)));
}
