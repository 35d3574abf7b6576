using OpsRhythm.Bot.Persistence;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Cards.Indicators;
using OpsRhythm.Domain.Indicators;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Time;
using OpsRhythm.Domain.Workflow;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Indicators;

/// <summary>The catalog card's edit button and the edit card's save button; only the ops office keeps the catalog .</summary>
internal sealed class IndicatorCatalogCardHandler(IndicatorReader reader, ChangeWriter writer, OrganisationClock clock) : ICardActionHandler
{
    private static readonly DocumentKey CatalogKey = new(IndicatorCatalog.PartitionKey, IndicatorCatalog.DocumentId);

    public IReadOnlyDictionary<string, VerbAccess> Access { get; } = new Dictionary<string, VerbAccess>(StringComparer.Ordinal)
    {
        [IndicatorVerbs.EditIndicator] = VerbAccess.Company(Role.OpsOffice),
        [IndicatorVerbs.SaveIndicator] = VerbAccess.Company(Role.OpsOffice),
    };

    public async Task<CardActionResult> HandleAsync(CardTurn card, CancellationToken cancellationToken)
    {
        if (IndicatorAccess.CheckOpsOffice(card.Actor) is { } forbidden)
        {
            return CardAnswers.Forbidden(card, forbidden);
        }

        var (catalog, etag) = await reader.CatalogAsync(cancellationToken);
        if (card.Verb == IndicatorVerbs.EditIndicator)
        {
            return CardActionResult.ShowCard(IndicatorEditCard.Build(catalog, etag ?? string.Empty, card.Text));
        }

        // The seed has no ETag yet: the card then carries an empty version, which arrives as absent.
        if (card.Request.Version != etag)
        {
            return Stale(card, catalog, etag);
        }

        var edit = new IndicatorEdit(
            card.Value(IndicatorFields.Indicator), card.Value(IndicatorFields.NewId), card.Value(IndicatorFields.NameZh), card.Value(IndicatorFields.NameEn),
            card.Value(IndicatorFields.Group), card.Value(IndicatorFields.Unit), card.Value(IndicatorFields.Direction), card.Value(IndicatorFields.Frequency));
        var decision = edit.Validate(catalog);
        if (!decision.IsAccepted)
        {
            return CardActionResult.ShowCard(IndicatorEditCard.Build(catalog, etag ?? string.Empty, card.Text, card.Request.Data, decision.Rejection));
        }

        var indicator = decision.State!;
        var updated = catalog.With(indicator);
        var action = catalog.Indicators.Any(i => i.Id == indicator.Id) ? "changed" : "added";
        try
        {
            await writer.CommitAsync(
                new Change<IndicatorCatalog>(StorageContainers.Indicators, CatalogKey, updated, etag)
                {
                    Audit = AuditTrail.One(nameof(Indicator), indicator.Id, action, card.Actor.Id, clock.UtcNow),
                },
                cancellationToken);
        }
        catch (Exception e) when (CardPipeline.IsLostRace(e))
        {
            // Someone saved the catalog in between (or, for the seed, created it first): show theirs.
            var (current, currentETag) = await reader.CatalogAsync(cancellationToken);
            return Stale(card, current, currentETag);
        }

        return CardActionResult.ShowCard(CatalogCard.Build(updated, card.Text, canEdit: true));
    }

    private static CardActionResult Stale(CardTurn card, IndicatorCatalog catalog, string? etag) =>
        CardActionResult.ShowCard(IndicatorEditCard.Build(catalog, etag ?? string.Empty, card.Text, card.Request.Data, new Rejection(RejectionReason.StaleVersion)));
}
