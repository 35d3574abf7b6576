using System.Globalization;
using Microsoft.Extensions.Options;
using OpsRhythm.Bot.Delivery;
using OpsRhythm.Bot.Indicators;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Cards.Risks;
using OpsRhythm.Domain.Risks;
using OpsRhythm.Domain.Workflow;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Risks;

/// <summary>
/// Reassessing a risk on its card: a new likelihood and impact, kept in the risk's history. A risk that
/// rises to high or critical is posted to the ops office's and the department's channels in the same commit.
/// Who may manage the risk is checked before the version, as for "reviewed" and "close".
/// </summary>
internal sealed class RiskReassessHandler(RiskReader reader, IndicatorReader indicators, CardPipeline pipeline, IOptions<RisksOptions> options) : ICardActionHandler
{
    public IReadOnlyDictionary<string, VerbAccess> Access { get; } = new Dictionary<string, VerbAccess>(StringComparer.Ordinal)
    {
        [RiskVerbs.Reassess] = VerbAccess.DepartmentAndMembers(RoleSets.Everyone, r => r.Value(RiskFields.RiskDepartment)),
    };

    public async Task<CardActionResult> HandleAsync(CardTurn card, CancellationToken cancellationToken)
    {
        if (card.Value(RiskFields.RiskDepartment) is not { } departmentId || card.Request.EntityId is not { } riskId)
        {
            return CardAnswers.NotFound(card);
        }

        var (catalog, _) = await indicators.CatalogAsync(cancellationToken);
        var bands = options.Value.Bands;
        return await pipeline.ChangeAsync(card, new StateChange<Risk, RiskCommand>
        {
            Container = StorageContainers.Risks,
            EntityType = nameof(Risk),
            Load = ct => reader.ReadAsync(departmentId, riskId, ct),
            MayAct = risk => RiskMachine.CheckManage(risk, card.Actor, card.Organisation),
            Read = _ => Read(card),
            Decide = (risk, command) => RiskMachine.Decide(risk, card.Actor, card.Organisation, command),
            Messages = made => Raised(card, made, bands),
            Show = (stored, note, _) => Task.FromResult(CardActionResult.ShowCard(
                RiskCard.Build(stored.Value, stored.ETag, bands, card.Organisation, catalog, card.Text, note.Notice, note.Rejection))),
            Done = risk => card.Text.Format("Risks.Reassessed", risk.Likelihood, risk.Impact, risk.Score),
        }, cancellationToken);
    }

    /// <summary>The two ratings as numbers (a rating that is not one is refused beside its field; the range is the Domain's).</summary>
    private CommandRead<RiskCommand> Read(CardTurn card)
    {
        var errors = new Dictionary<string, FieldError>(StringComparer.Ordinal);
        var likelihood = Rating(card, RiskFields.NewLikelihood, errors);
        var impact = Rating(card, RiskFields.NewImpact, errors);
        return errors.Count > 0
            ? CommandRead.Errors<RiskCommand>(errors)
            : new ReassessRisk(likelihood, impact, card.Value(RiskFields.ReassessNote), pipeline.Clock.UtcNow);
    }

    private static int Rating(CardTurn card, string field, Dictionary<string, FieldError> errors)
    {
        if (int.TryParse(card.Value(field), NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        errors[field] = new("Risks.Validation.Rating");
        return 0;
    }

    /// <summary>Only a rise into high or critical is news; a risk that was already there was announced when it got there.</summary>
    private static IReadOnlyList<OutboxMessage> Raised(CardTurn card, ChangeMade<Risk> made, RiskLevelBands bands) =>
        made.Before is { } before && RiskRaisedMessages.IsNews(before.LevelIn(bands)) && made.After.LevelIn(bands) <= before.LevelIn(bands)
            ? []
            : RiskRaisedMessages.For(made.After, "Reassessed", $"reassessed:{made.After.Reassessments.Count}", bands, card.Organisation, card.Turn.Languages, made.At);
}
