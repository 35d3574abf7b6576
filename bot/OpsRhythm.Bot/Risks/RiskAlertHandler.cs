using OpsRhythm.Bot.Indicators;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Cards.Risks;
using OpsRhythm.Domain.Indicators;
using OpsRhythm.Domain.Risks;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Risks;

/// <summary>
/// Acknowledging an early-warning alert, by whoever may manage its risk. A second acknowledgement
/// (another person, a Teams retry) is refused by the Domain and answered with the alert as it stands.
/// </summary>
internal sealed class RiskAlertHandler(RiskReader reader, IndicatorReader indicators, IDocumentStore store, CardPipeline pipeline) : ICardActionHandler
{
    public IReadOnlyDictionary<string, VerbAccess> Access { get; } = new Dictionary<string, VerbAccess>(StringComparer.Ordinal)
    {
        [RiskVerbs.AcknowledgeAlert] = VerbAccess.DepartmentAndMembers(RoleSets.Everyone, r => r.Value(RiskFields.AlertPartition)?.Split(':')[0]),
    };

    public async Task<CardActionResult> HandleAsync(CardTurn card, CancellationToken cancellationToken)
    {
        if (card.Value(RiskFields.AlertPartition) is not { } pk || card.Request.EntityId is not { } alertId)
        {
            return CardAnswers.NotFound(card);
        }

        var (catalog, _) = await indicators.CatalogAsync(cancellationToken);

        // The alert is shown with its risk and indicator; without them there is nothing to acknowledge.
        (Risk Risk, Indicator Indicator)? about = null;
        return await pipeline.ChangeAsync(card, new StateChange<RiskAlert, AcknowledgeAlert>
        {
            Container = StorageContainers.Indicators,
            EntityType = nameof(RiskAlert),
            Load = async ct =>
            {
                var alert = await store.ReadAsync<RiskAlert>(StorageContainers.Indicators, new DocumentKey(pk, alertId), ct);
                about = alert is not null && await reader.ReadAsync(alert.Value.DepartmentId, alert.Value.RiskId, ct) is { } risk && catalog.Find(alert.Value.IndicatorId) is { } indicator
                    ? (risk.Value, indicator)
                    : null;
                return about is null ? null : alert;
            },
            // The alert card is drawn before the alert has a version; the Domain keeps the first acknowledgement.
            ChecksVersion = false,
            MayAct = _ => RiskMachine.CheckManage(about!.Value.Risk, card.Actor, card.Organisation),
            Read = _ => new AcknowledgeAlert(pipeline.Clock.UtcNow),
            Decide = (alert, command) => RiskMachine.Acknowledge(alert, about!.Value.Risk, card.Actor, card.Organisation, command),
            Show = (stored, _, _) => Task.FromResult(CardActionResult.ShowCard(
                RiskAlertCard.Build(stored.Value, stored.ETag, about!.Value.Risk, about.Value.Indicator, card.Organisation, card.Text))),
        }, cancellationToken);
    }
}
