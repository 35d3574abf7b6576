using System.Globalization;
using OpsRhythm.Bot.Delivery;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Cards.Indicators;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Indicators;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Protocol.Activities;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Improvement.Actions;

/// <summary>
/// Inspections and special audits: recording one opens an improvement action per finding in
/// the same batch and tells each owner on their own card.
/// </summary>
internal sealed class InspectionCardHandler(CardPipeline pipeline) : ICardActionHandler
{
    public IReadOnlyDictionary<string, VerbAccess> Access { get; } = new Dictionary<string, VerbAccess>(StringComparer.Ordinal)
    {
        [IndicatorVerbs.SaveInspection] = VerbAccess.Company(Role.OpsOffice),
    };

    public Task<CardActionResult> HandleAsync(CardTurn card, CancellationToken cancellationToken)
    {
        var today = pipeline.Clock.Today(card.Organisation);
        RecordInspection? command = null;
        IReadOnlyList<ImprovementAction> actions = [];
        return pipeline.CreateAsync(
            card,
            new StateCreation<Inspection, RecordInspection>
            {
                Container = StorageContainers.Improvement,
                EntityType = nameof(Inspection),
                Read = () => InspectionInput.Read(card, today),
                Decide = c =>
                {
                    command = c;
                    var decision = InspectionRecording.Decide(card.Actor, c, ImprovementIds.New(c.Date.Year, "insp"), today, pipeline.Clock.UtcNow);
                    actions = decision.State is { } inspection ? InspectionRecording.ActionsOf(inspection, c, () => ImprovementIds.New(c.Date.Year, "act")) : [];
                    return decision;
                },
                Key = inspection => new DocumentKey(ImprovementIds.PartitionOf(inspection.Id)!, inspection.Id),
                Also = _ => [.. actions.Select(a => BatchOperation.Create(a.Id, a))],
                Messages = made => Notices(card, command!, actions, made.At),
                ShowForm = rejection => CardActionResult.ShowCard(InspectionCard.Build(card.Organisation, card.Text, Day(today), card.Request.Data, rejection)),
                Show = (stored, _, _) => Task.FromResult(CardActionResult.ShowCard(InspectionCard.Recorded(stored.Value, actions, card.Organisation, card.Text))),
            },
            cancellationToken);
    }

    /// <summary>Each action's card to its owner, in the owner's language.</summary>
    private static List<OutboxMessage> Notices(CardTurn turn, RecordInspection command, IReadOnlyList<ImprovementAction> actions, DateTimeOffset now)
    {
        var organisation = turn.Organisation;
        if (command.OwnerPersonId is not { } ownerId || organisation.FindPerson(ownerId) is not { } owner)
        {
            return [];
        }

        return [.. actions.Select(action =>
        {
            var card = ImprovementActionCard.Build(action, "new", organisation, turn.Turn.Languages.For(owner));
            return OutboxMessage.Create(OutboxTarget.Person(owner.Id), ActivityFactory.Card(CardJson.ToElement(card), card.FallbackText), $"{action.Id}:opened", now);
        })];
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
