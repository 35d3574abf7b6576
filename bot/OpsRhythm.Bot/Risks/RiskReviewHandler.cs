using System.Globalization;
using Microsoft.Extensions.Options;
using OpsRhythm.Bot.Indicators;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Cards.Risks;
using OpsRhythm.Domain.Risks;
using OpsRhythm.Domain.Workflow;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Risks;

/// <summary>
/// The risk card's buttons: "reviewed" (the next review date, R-5.4) and "close". A risk's owner may be any
/// member of its department, so members pass the verb's scope; who may manage this risk is checked next,
/// before the version, so a stale click from anyone else learns nothing of it.
/// </summary>
internal sealed class RiskReviewHandler(RiskReader reader, IndicatorReader indicators, CardPipeline pipeline, IOptions<RisksOptions> options) : ICardActionHandler
{
    public IReadOnlyDictionary<string, VerbAccess> Access { get; } = new Dictionary<string, VerbAccess>(StringComparer.Ordinal)
    {
        [RiskVerbs.Close] = VerbAccess.DepartmentAndMembers(RoleSets.Everyone, r => r.Value(RiskFields.RiskDepartment)),
        [RiskVerbs.Review] = VerbAccess.DepartmentAndMembers(RoleSets.Everyone, r => r.Value(RiskFields.RiskDepartment)),
    };

    public async Task<CardActionResult> HandleAsync(CardTurn card, CancellationToken cancellationToken)
    {
        if (card.Value(RiskFields.RiskDepartment) is not { } departmentId || card.Request.EntityId is not { } riskId)
        {
            return CardAnswers.NotFound(card);
        }

        var (catalog, _) = await indicators.CatalogAsync(cancellationToken);
        return await pipeline.ChangeAsync(card, new StateChange<Risk, RiskCommand>
        {
            Container = StorageContainers.Risks,
            EntityType = nameof(Risk),
            Load = ct => reader.ReadAsync(departmentId, riskId, ct),
            MayAct = risk => RiskMachine.CheckManage(risk, card.Actor, card.Organisation),
            Read = _ => Read(card),
            Decide = (risk, command) => RiskMachine.Decide(risk, card.Actor, card.Organisation, command),
            Show = (stored, note, _) => Task.FromResult(CardActionResult.ShowCard(
                RiskCard.Build(stored.Value, stored.ETag, options.Value.Bands, card.Organisation, catalog, card.Text, note.Notice, note.Rejection))),
            Done = risk => card.Verb == RiskVerbs.Close
                ? card.Text["Risks.ClosedNotice"]
                : card.Text.Format("Risks.ReviewRecorded", risk.ReviewDate),
        }, cancellationToken);
    }

    /// <summary>Close, or review with the date picked (the configured interval from today when none is): today or later, within the years a plan reaches.</summary>
    private CommandRead<RiskCommand> Read(CardTurn card)
    {
        if (card.Verb == RiskVerbs.Close)
        {
            return new CloseRisk(card.Value(RiskFields.Note));
        }

        var today = pipeline.Clock.Today(card.Organisation);
        var picked = card.Value(RiskFields.NextReview);
        if (picked is null)
        {
            return new ReviewRisk(today.AddDays(options.Value.DefaultReviewDays));
        }

        // 0001-01-01 was once stored: a date outside today..the plans' reach is refused beside the field.
        return DateOnly.TryParseExact(picked, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var next) && next >= today && next <= DateBounds.Latest(today)
            ? new ReviewRisk(next)
            : CommandRead.Error<RiskCommand>(RiskFields.NextReview, DateBounds.OutOfRange(today, today));
    }
}
