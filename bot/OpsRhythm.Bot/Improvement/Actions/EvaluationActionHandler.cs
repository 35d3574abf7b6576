using System.Globalization;
using OpsRhythm.Bot.Delivery;
using OpsRhythm.Bot.Indicators;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Cards.Indicators;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Indicators;
using OpsRhythm.Protocol.Activities;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Improvement.Actions;

/// <summary>
/// Evaluation results feed improvement: from a department's scorecard its head or the ops office opens an
/// improvement action for an indicator whose target was missed; the owner is told on the action's card in the same
/// batch, and the follow-up job reminds and escalates it like an inspection's.
/// </summary>
internal sealed class EvaluationActionHandler(IndicatorReader reader, ScorecardBuilder scorecards, CardPipeline pipeline) : ICardActionHandler
{
    public IReadOnlyDictionary<string, VerbAccess> Access { get; } = new Dictionary<string, VerbAccess>(StringComparer.Ordinal)
    {
        [EvaluationActionCard.Form] = VerbAccess.Department(EvaluationActions.OpenRoles, r => r.EntityId),
        [EvaluationActionCard.Open] = VerbAccess.Department(EvaluationActions.OpenRoles, r => r.EntityId),
    };

    public async Task<CardActionResult> HandleAsync(CardTurn card, CancellationToken cancellationToken)
    {
        var departmentId = card.Request.EntityId ?? string.Empty;
        if (card.Organisation.FindDepartment(departmentId) is not { } department || !Period.TryParse(card.Value(IndicatorFields.Month), out var month))
        {
            return CardAnswers.NotFound(card);
        }

        if (EvaluationActions.MayOpen(card.Actor, card.Organisation, departmentId) is { } refused)
        {
            return CardAnswers.Forbidden(card, refused);
        }

        var (catalog, _) = await reader.CatalogAsync(cancellationToken);
        var scorecard = await scorecards.DepartmentAsync(catalog, departmentId, month, cancellationToken);
        var today = pipeline.Clock.Today(card.Organisation);
        var day = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (card.Verb == EvaluationActionCard.Form)
        {
            var typed = department.HeadPersonId is { } head ? new Dictionary<string, string>(StringComparer.Ordinal) { [IndicatorFields.Owner] = head } : null;
            return CardActionResult.ShowCard(EvaluationActionCard.Build(scorecard, card.Organisation, card.Text, day, typed));
        }

        return await pipeline.CreateAsync(
            card,
            new StateCreation<ImprovementAction, OpenEvaluationAction>
            {
                Container = StorageContainers.Improvement,
                EntityType = nameof(ImprovementAction),
                Read = () => Read(card, departmentId),
                Decide = c => EvaluationActions.Decide(card.Actor, card.Organisation, c, EvaluationActions.Missed(scorecard), ImprovementIds.New(today.Year, "act"), today),
                Key = action => new DocumentKey(ImprovementIds.PartitionOf(action.Id)!, action.Id),
                Messages = made => Notice(card, made.After, made.At),
                ShowForm = rejection => CardActionResult.ShowCard(EvaluationActionCard.Build(scorecard, card.Organisation, card.Text, day, card.Request.Data, rejection)),
                Show = (stored, note, _) => Task.FromResult(CardActionResult.ShowCard(
                    ImprovementActionCard.Build(stored.Value, stored.ETag, card.Organisation, card.Text, rejection: note.Rejection, notice: note.Notice))),
                Done = _ => card.Text["Indicators.Evaluation.Opened"],
            },
            cancellationToken);
    }

    private static CommandRead<OpenEvaluationAction> Read(CardTurn card, string departmentId)
    {
        // The choice is "{indicator}@{period}" (EvaluationActionCard.ChoiceOf); the Domain checks it names a missed target.
        var chosen = (card.Value(IndicatorFields.Indicator) ?? string.Empty).Split('@', 2);
        var deadline = DateOnly.TryParseExact(card.Value(IndicatorFields.Deadline), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : (DateOnly?)null;
        return new OpenEvaluationAction(departmentId, chosen[0], chosen.Length > 1 ? chosen[1] : null, card.Value(IndicatorFields.Findings), card.Value(IndicatorFields.Owner), deadline);
    }

    /// <summary>The action's card to its owner, in the owner's language, unless the owner opened it.</summary>
    private static List<OutboxMessage> Notice(CardTurn card, ImprovementAction action, DateTimeOffset now)
    {
        if (action.OwnerPersonId == card.Actor.Id || card.Organisation.FindPerson(action.OwnerPersonId) is not { } owner)
        {
            return [];
        }

        var shown = ImprovementActionCard.Build(action, "new", card.Organisation, card.Turn.Languages.For(owner));
        return [OutboxMessage.Create(OutboxTarget.Person(owner.Id), ActivityFactory.Card(CardJson.ToElement(shown), shown.FallbackText), $"{action.Id}:opened", now)];
    }
}
