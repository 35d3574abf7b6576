using Microsoft.Extensions.Options;
using OpsRhythm.Bot.Indicators;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Cards.Risks;
using OpsRhythm.Domain.Indicators;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Risks;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Bot.Risks;

/// <summary>The risk cards' views: the register form and the heat map. Changes go through <see cref="RiskRegisterHandler"/>, <see cref="RiskReviewHandler"/> and <see cref="RiskAlertHandler"/>.</summary>
internal sealed class RiskCardHandler(RiskReader reader, IndicatorReader indicators, IOptions<RisksOptions> options) : ICardActionHandler
{
    public IReadOnlyDictionary<string, VerbAccess> Access { get; } = new Dictionary<string, VerbAccess>(StringComparer.Ordinal)
    {
        [RiskVerbs.Show] = VerbAccess.Company(RiskMachine.RegisterRoles),
        [RiskVerbs.HeatMap] = VerbAccess.Department(Role.DepartmentHead | Role.OpsOffice | Role.Leadership, r => r.EntityId),
    };

    public async Task<CardActionResult> HandleAsync(CardTurn card, CancellationToken cancellationToken)
    {
        if (card.Verb == RiskVerbs.HeatMap)
        {
            return await HeatMapCommand.BuildAsync(reader, options.Value, card.Turn, card.Actor, card.Request.EntityId, cancellationToken) is { } map
                ? CardActionResult.ShowCard(map)
                : CardAnswers.Forbidden(card, new Rejection(RejectionReason.NotYourDepartment));
        }

        if (RiskMachine.CheckRegister(card.Actor, card.Organisation, null) is { } rejection)
        {
            return CardAnswers.Forbidden(card, rejection);
        }

        var (catalog, _) = await indicators.CatalogAsync(cancellationToken);
        return CardActionResult.ShowCard(RiskFormCard.Build(card.Organisation, catalog, IndicatorAccess.DepartmentsFor(card.Actor, card.Organisation), card.Text));
    }
}
