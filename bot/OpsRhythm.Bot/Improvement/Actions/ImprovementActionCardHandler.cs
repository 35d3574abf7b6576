using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Cards.Indicators;
using OpsRhythm.Domain.Indicators;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Improvement.Actions;

/// <summary>An improvement action is closed with a note by its owner, their department's head or the ops office .</summary>
internal sealed class ImprovementActionCardHandler(IDocumentStore store, CardPipeline pipeline) : ICardActionHandler
{
    public IReadOnlyDictionary<string, VerbAccess> Access { get; } = new Dictionary<string, VerbAccess>(StringComparer.Ordinal)
    {
        // The action's owner (any employee) closes it too; the item rule checks owner, head or ops office before anything is shown.
        [IndicatorVerbs.CloseAction] = VerbAccess.Company(RoleSets.Everyone),
    };

    public Task<CardActionResult> HandleAsync(CardTurn card, CancellationToken cancellationToken)
    {
        var id = card.Request.EntityId;
        return pipeline.ChangeAsync(
            card,
            new StateChange<ImprovementAction, CloseImprovementAction>
            {
                Container = StorageContainers.Improvement,
                EntityType = nameof(ImprovementAction),
                Load = ct => ImprovementIds.PartitionOf(id) is { } pk
                    ? store.ReadAsync<ImprovementAction>(StorageContainers.Improvement, new DocumentKey(pk, id!), ct)
                    : Task.FromResult<StoredDocument<ImprovementAction>?>(null),
                MayAct = action => ImprovementActionMachine.MayClose(action, card.Actor, card.Organisation),

                // The follow-up job stamps the action daily, so the card's version is not compared; the machine
                // refuses closing twice and If-Match guards the write.
                ChecksVersion = false,
                Read = _ => new CloseImprovementAction(card.Value(IndicatorFields.Note)),
                Decide = (action, command) => ImprovementActionMachine.Close(action, card.Actor, card.Organisation, command, pipeline.Clock.UtcNow),
                Show = (stored, note, _) => Task.FromResult(CardActionResult.ShowCard(
                    ImprovementActionCard.Build(stored.Value, stored.ETag, card.Organisation, card.Text, notice: note.Notice, rejection: note.Rejection))),
            },
            cancellationToken);
    }
}
