using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Cards.Indicators;
using OpsRhythm.Domain.Indicators;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Bot.Indicators;

/// <summary>
/// The targets card: show another department or period, and save (<see cref="TargetSave"/>, on the card
/// pipeline). Who may see a department's targets is checked here for both.
/// </summary>
internal sealed class TargetsCardHandler(TargetBoard board, IndicatorReader reader, CardPipeline pipeline) : ICardActionHandler
{
    public IReadOnlyDictionary<string, VerbAccess> Access { get; } = new Dictionary<string, VerbAccess>(StringComparer.Ordinal)
    {
        [IndicatorVerbs.ShowTargets] = VerbAccess.Department(Role.DepartmentHead | Role.OpsOffice | Role.Leadership, r => TargetsCard.ParseEntityId(r.EntityId)?.DepartmentId),
        [IndicatorVerbs.SaveTargets] = VerbAccess.Department(IndicatorAccess.FigureRoles, r => TargetsCard.ParseEntityId(r.EntityId)?.DepartmentId),
    };

    public async Task<CardActionResult> HandleAsync(CardTurn card, CancellationToken cancellationToken)
    {
        if (TargetsCard.ParseEntityId(card.Request.EntityId) is not { } drawn)
        {
            return CardAnswers.NotFound(card);
        }

        var (departmentId, period) = drawn;
        if (card.Verb == IndicatorVerbs.ShowTargets)
        {
            departmentId = card.Value(IndicatorFields.Department) ?? departmentId;
            if (card.Value(IndicatorFields.Period) is { } typedPeriod && !Period.TryParse(typedPeriod, out period))
            {
                var (current, _) = await board.ReadAsync(card.Actor, card.Organisation, drawn.DepartmentId, drawn.Period, cancellationToken);
                var invalid = Rejection.Invalid(new Dictionary<string, FieldError> { [IndicatorFields.Period] = new("Indicators.Validation.BadPeriod") });
                return CardActionResult.ShowCard(TargetsCard.Build(current, card.Organisation, card.Text, card.Request.Data, invalid));
            }
        }

        if (card.Organisation.FindDepartment(departmentId) is null)
        {
            return CardAnswers.NotFound(card);
        }

        if (!IndicatorAccess.MayView(card.Actor, departmentId, card.Organisation))
        {
            return CardActionResult.ShowError(StatusCodes.Status403Forbidden, "forbidden", card.Text["Indicators.Targets.NotAllowed"]);
        }

        if (card.Verb == IndicatorVerbs.SaveTargets)
        {
            var (catalog, _) = await reader.CatalogAsync(cancellationToken);
            return await pipeline.ChangeAsync(card, new TargetSave(card, board, departmentId, period).Change(catalog, pipeline.Clock), cancellationToken);
        }

        var (view, _) = await board.ReadAsync(card.Actor, card.Organisation, departmentId, period, cancellationToken);
        return CardActionResult.ShowCard(TargetsCard.Build(view, card.Organisation, card.Text));
    }
}
