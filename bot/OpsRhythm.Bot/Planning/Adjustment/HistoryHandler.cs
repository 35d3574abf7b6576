using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Cards.Planning;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Organisation.StandIns;

namespace OpsRhythm.Bot.Planning.Adjustment;

/// <summary>plan.history: the plan's kept versions, adjustments and what changed.</summary>
internal sealed class HistoryHandler(PlanWorkflow workflow) : ICardActionHandler
{
    public IReadOnlyDictionary<string, VerbAccess> Access { get; } = new Dictionary<string, VerbAccess>(StringComparer.Ordinal)
    {
        [PlanVerbs.History] = VerbAccess.Department(Role.DepartmentHead | Role.OpsOffice | Role.Leadership, PlanDepartment).WithStandIns(StandInKind.Department),
    };

    private static string? PlanDepartment(CardActionRequest request) => PlanVerbs.ParsePlanEntityId(request.EntityId)?.DepartmentId;

    public async Task<CardActionResult> HandleAsync(CardTurn card, CancellationToken cancellationToken) =>
        await workflow.LoadPlanAsync(card.Request.EntityId, cancellationToken) is { } context
            ? CardActionResult.ShowCard(PlanHistoryCard.Build(context.Cycle.Value, context.Plan.Value, context.Plan.ETag, card.Organisation, card.Text))
            : CardAnswers.NotFound(card);
}
