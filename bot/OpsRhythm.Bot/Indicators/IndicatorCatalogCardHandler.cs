using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Cards.Indicators;
using OpsRhythm.Domain.Indicators;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Workflow;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Indicators;

/// <summary>The catalog card's edit button and the edit card's save button, on the card pipeline; only the ops office keeps the catalog .</summary>
internal sealed class IndicatorCatalogCardHandler(IndicatorReader reader, CardPipeline pipeline) : ICardActionHandler
{
    private static readonly DocumentKey CatalogKey = new(IndicatorCatalog.PartitionKey, IndicatorCatalog.DocumentId);

    public IReadOnlyDictionary<string, VerbAccess> Access { get; } = new Dictionary<string, VerbAccess>(StringComparer.Ordinal)
    {
        [IndicatorVerbs.EditIndicator] = VerbAccess.Company(Role.OpsOffice),
        [IndicatorVerbs.SaveIndicator] = VerbAccess.Company(Role.OpsOffice),
    };

    public async Task<CardActionResult> HandleAsync(CardTurn card, CancellationToken cancellationToken)
    {
        if (card.Verb == IndicatorVerbs.EditIndicator)
        {
            if (IndicatorAccess.CheckOpsOffice(card.Actor) is { } forbidden)
            {
                return CardAnswers.Forbidden(card, forbidden);
            }

            var (catalog, etag) = await reader.CatalogAsync(cancellationToken);
            return CardActionResult.ShowCard(IndicatorEditCard.Build(catalog, etag ?? string.Empty, card.Text));
        }

        var edit = new IndicatorEdit(
            card.Value(IndicatorFields.Indicator), card.Value(IndicatorFields.NewId), card.Value(IndicatorFields.NameZh), card.Value(IndicatorFields.NameEn),
            card.Value(IndicatorFields.Group), card.Value(IndicatorFields.Unit), card.Value(IndicatorFields.Direction), card.Value(IndicatorFields.Frequency));
        return await pipeline.ChangeAsync(card, new StateChange<IndicatorCatalog, IndicatorEdit>
        {
            Container = StorageContainers.Indicators,
            EntityType = nameof(Indicator),
            EntityId = _ => edit.IndicatorId ?? string.Empty,

            // The seed is not stored until the first save: the card then carries an empty version, which arrives as absent.
            Load = async ct =>
            {
                var (catalog, etag) = await reader.CatalogAsync(ct);
                return etag is null ? NotYetStored.Of(CatalogKey, catalog) : new StoredDocument<IndicatorCatalog>(CatalogKey, catalog, etag);
            },
            MayAct = _ => IndicatorAccess.CheckOpsOffice(card.Actor),
            Read = _ => edit,
            Decide = (catalog, command) => IndicatorKeeping.SaveIndicator(catalog, card.Actor, command),
            Show = (stored, note, _) => Task.FromResult(CardActionResult.ShowCard(
                note.Rejection is null && note.Notice is null
                    ? CatalogCard.Build(stored.Value, card.Text, canEdit: true)

                    // Invalid, or out of date (someone saved in between, or created the seed first): the edit card with what was typed.
                    : IndicatorEditCard.Build(stored.Value, NotYetStored.VersionOf(stored), card.Text, card.Request.Data, note.Rejection ?? new Rejection(RejectionReason.StaleVersion)))),
        }, cancellationToken);
    }
}
