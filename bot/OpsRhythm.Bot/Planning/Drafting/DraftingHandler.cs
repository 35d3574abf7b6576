using OpsRhythm.Bot.Turns.Pipeline;
using System.Globalization;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Cards.Planning;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Organisation.StandIns;

namespace OpsRhythm.Bot.Planning.Drafting;

/// <summary>
/// The head's drafting: plan.view shows the plan, plan.edit one section, plan.save stores a section
/// as a draft (typed values kept and errors shown under their fields when refused), plan.submit sends
/// it to the ops office, who is notified 1:1.
/// </summary>
internal sealed class DraftingHandler(PlanWorkflow workflow) : ICardActionHandler
{
    public IReadOnlyDictionary<string, VerbAccess> Access { get; } = new Dictionary<string, VerbAccess>(StringComparer.Ordinal)
    {
        [PlanVerbs.View] = VerbAccess.Department(Role.DepartmentHead | Role.OpsOffice | Role.Leadership, PlanDepartment).WithStandIns(StandInKind.Department),
        [PlanVerbs.Edit] = VerbAccess.Department(Role.DepartmentHead, PlanDepartment).WithStandIns(StandInKind.Department),
        [PlanVerbs.Save] = VerbAccess.Department(Role.DepartmentHead, PlanDepartment).WithStandIns(StandInKind.Department),
        [PlanVerbs.Submit] = VerbAccess.Department(Role.DepartmentHead, PlanDepartment).WithStandIns(StandInKind.Department),
    };

    private static string? PlanDepartment(CardActionRequest request) => PlanVerbs.ParsePlanEntityId(request.EntityId)?.DepartmentId;

    public async Task<CardActionResult> HandleAsync(CardTurn card, CancellationToken cancellationToken)
    {
        var request = card.Request;
        var loaded = new PlanLoad(workflow, request.EntityId);
        switch (request.Verb)
        {
            case PlanVerbs.Save:
                return await workflow.ChangePlanAsync(card, SectionSave.Of(card, workflow, loaded, SectionOf(request), Page(request)), cancellationToken);
            case PlanVerbs.Submit:
                return await workflow.ChangePlanAsync(card, PlanSubmission.Of(card, workflow, loaded), cancellationToken);
        }

        if (await loaded.LoadAsync(cancellationToken) is null)
        {
            return CardAnswers.NotFound(card);
        }

        return request.Verb == PlanVerbs.View
            ? await workflow.ShowPlanAsync(card.Turn, loaded.Context, null, null, cancellationToken)
            : SectionSave.Section(card, loaded.Context, SectionOf(request), Page(request), null, null);
    }

    private static PlanSection SectionOf(CardActionRequest request) =>
        Enum.TryParse<PlanSection>(request.Value(PlanVerbs.SectionKey), out var section) && Enum.IsDefined(section) ? section : PlanSection.Tasks;

    private static int Page(CardActionRequest request) =>
        int.TryParse(request.Value(PlanVerbs.PageKey), CultureInfo.InvariantCulture, out var page) ? page : 0;
}
