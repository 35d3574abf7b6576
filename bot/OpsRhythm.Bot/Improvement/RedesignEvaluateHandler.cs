using System.Globalization;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Cards.Improvement;
using OpsRhythm.Domain.Improvement;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Improvement;

/// <summary>
/// A department concerned assesses a redesign's solution while the evaluation step is current (R-2.2, step 4):
/// feasibility, effectiveness and cost-benefit. The request card was sent before the project's next version, so
/// the Domain judges the step instead of the version; assessing again replaces the department's assessment.
/// </summary>
internal sealed class RedesignEvaluateHandler(CardPipeline pipeline, RedesignProjects projects) : ICardActionHandler
{
    public IReadOnlyDictionary<string, VerbAccess> Access { get; } = new Dictionary<string, VerbAccess>(StringComparer.Ordinal)
    {
        [ImprovementVerbs.Evaluate] = VerbAccess.Department(Domain.Organisation.Role.DepartmentHead | Domain.Organisation.Role.OpsOffice, r => r.Value(RedesignFields.Department)),
    };

    public Task<CardActionResult> HandleAsync(CardTurn card, CancellationToken cancellationToken)
    {
        var today = pipeline.Clock.Today(card.Organisation);
        var departmentId = card.Value(RedesignFields.Department);
        return pipeline.ChangeAsync(card, new StateChange<RedesignProject, EvaluateRedesign>
        {
            Container = StorageContainers.Improvement,
            EntityType = nameof(RedesignProject),
            Load = ct => card.Request.EntityId is { } id ? projects.ReadAsync(id, ct) : Task.FromResult<StoredDocument<RedesignProject>?>(null),
            MayAct = project => RedesignEvaluation.CheckEvaluate(project, card.Actor, card.Organisation, departmentId) is { Reason: not Domain.Workflow.RejectionReason.WrongState } refused ? refused : null,
            ChecksVersion = false,
            Read = _ => new EvaluateRedesign(departmentId ?? string.Empty, Score(card, RedesignFields.Feasibility), Score(card, RedesignFields.Effectiveness), Score(card, RedesignFields.CostBenefit), card.Value(RedesignFields.Comment)),
            Decide = (project, command) => RedesignEvaluation.Evaluate(project, card.Actor, card.Organisation, command, pipeline.Clock.UtcNow),
            Show = (stored, note, _) => Task.FromResult(CardActionResult.ShowCard(RedesignProjectCard.Build(
                stored.Value, stored.ETag, card.Organisation, card.Text, today, note.Rejection, note.Notice,
                evaluatingDepartmentId: departmentId, typed: note.Rejection is null ? null : card.Request.Data))),
            Done = _ => card.Text["Improvement.Evaluation.Recorded"],
        }, cancellationToken);
    }

    private static int? Score(CardTurn card, string field) =>
        int.TryParse(card.Value(field), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
}
