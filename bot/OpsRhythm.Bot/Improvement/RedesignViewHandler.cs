using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Cards.Improvement;
using OpsRhythm.Domain.Improvement;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Time;

namespace OpsRhythm.Bot.Improvement;

/// <summary>Opens a redesign project picked in the list again (view only): the ops office, the step owners and the heads of the departments concerned may see it.</summary>
internal sealed class RedesignViewHandler(RedesignProjects projects, OrganisationClock clock) : ICardActionHandler
{
    public IReadOnlyDictionary<string, VerbAccess> Access { get; } = new Dictionary<string, VerbAccess>(StringComparer.Ordinal)
    {
        [ImprovementVerbs.ShowProject] = VerbAccess.Company(RoleSets.Everyone),
    };

    public async Task<CardActionResult> HandleAsync(CardTurn card, CancellationToken cancellationToken)
    {
        var id = card.Value(RedesignFields.Project) ?? card.Request.EntityId;
        if (id is null || await projects.ReadAsync(id, cancellationToken) is not { } stored)
        {
            return CardAnswers.NotFound(card);
        }

        var project = stored.Value;
        var heads = project.DepartmentIds.Where(d => card.Organisation.FindDepartment(d)?.HeadPersonId == card.Actor.Id).ToList();
        if (!card.Actor.Has(Role.OpsOffice) && project.Steps.All(s => s.OwnerPersonId != card.Actor.Id) && heads.Count == 0)
        {
            return CardAnswers.Forbidden(card, Domain.Workflow.Rejection.RoleNotAllowed(Role.OpsOffice));
        }

        return CardActionResult.ShowCard(RedesignProjectCard.Build(
            project, stored.ETag, card.Organisation, card.Text, clock.Today(card.Organisation), evaluatingDepartmentId: heads.FirstOrDefault()));
    }
}
