using OpsRhythm.Bot.Turns.Pipeline;
using System.Globalization;
using OpsRhythm.Bot.Persistence;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Cards.Improvement;
using OpsRhythm.Domain.Auditing;
using OpsRhythm.Domain.Improvement;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Time;
using OpsRhythm.Domain.Workflow;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Improvement;

/// <summary>
/// Redesign projects: started by the ops office, steps completed in order. Completing
/// implementation schedules the process's periodic review in the same batch.
/// </summary>
public sealed class RedesignCardHandler(ChangeWriter writer, IDocumentStore store, OrganisationClock clock) : ICardActionHandler
{
    public const int ReviewIntervalMonths = 6;

    public IReadOnlyDictionary<string, VerbAccess> Access { get; } = new Dictionary<string, VerbAccess>(StringComparer.Ordinal)
    {
        [ImprovementVerbs.StartProject] = VerbAccess.Company(Role.OpsOffice),
        [ImprovementVerbs.CompleteStep] = VerbAccess.Company(Role.OpsOffice),
    };

    public async Task<CardActionResult> HandleAsync(CardTurn card, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(card);
        var (turn, request) = (card.Turn, card.Request);
        var actor = card.Actor;
        var now = clock.UtcNow;
        var today = clock.Today(turn.Organisation);
        if (request.Verb == ImprovementVerbs.StartProject)
        {
            var steps = new List<RedesignStep>();
            foreach (var kind in Enum.GetValues<RedesignStepKind>())
            {
                if (request.Value($"owner{kind}") is { } owner && turn.Organisation.FindPerson(owner) is not null
                    && DateOnly.TryParseExact(request.Value($"due{kind}"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var due))
                {
                    steps.Add(new RedesignStep(kind, owner, due));
                }
            }

            var id = Guid.NewGuid().ToString("N")[..12];
            var started = RedesignMachine.Start(id, actor, request.Value("process"), steps, now);
            if (!started.IsAccepted)
            {
                return started.Rejection!.Reason == RejectionReason.RoleNotAllowed
                    ? CardAnswers.Forbidden(turn, started.Rejection)
                    : CardActionResult.ShowCard(RedesignProjectCard.StartForm(turn.Organisation, turn.Text, request.Data, started.Rejection));
            }

            var created = await writer.CommitAsync(
                new Change<RedesignProject>(StorageContainers.Improvement, new DocumentKey(RedesignProject.PartitionFor(id), id), started.State!, null) { Audit = Audit(started.Events, id, actor.Id, now) },
                cancellationToken);
            return CardActionResult.ShowCard(RedesignProjectCard.Build(created.Value, created.ETag, turn.Organisation, turn.Text, today));
        }

        if (request.EntityId is not { } projectId
            || await store.ReadAsync<RedesignProject>(StorageContainers.Improvement, new DocumentKey(RedesignProject.PartitionFor(projectId), projectId), cancellationToken) is not { } current)
        {
            return CardAnswers.NotFound(turn);
        }

        if (request.Version != current.ETag)
        {
            return CardActionResult.ShowCard(RedesignProjectCard.Build(current.Value, current.ETag, turn.Organisation, turn.Text, today, new Rejection(RejectionReason.StaleVersion)));
        }

        var decision = RedesignMachine.CompleteStep(current.Value, actor, request.Value("note"), now);
        if (!decision.IsAccepted)
        {
            return decision.Rejection!.Reason == RejectionReason.RoleNotAllowed
                ? CardAnswers.Forbidden(turn, decision.Rejection)
                : CardActionResult.ShowCard(RedesignProjectCard.Build(current.Value, current.ETag, turn.Organisation, turn.Text, today, decision.Rejection));
        }

        var project = decision.State!;
        var also = new List<BatchOperation>();
        if (project.IsDone)
        {
            var owner = project.Steps[^1].OwnerPersonId;
            var review = new ProcessReview($"review:{project.Id}", project.ProcessName, owner, ReviewIntervalMonths, today.AddMonths(ReviewIntervalMonths));
            also.Add(BatchOperation.Create(review.Id, review));
        }

        try
        {
            var stored = await writer.CommitAsync(
                new Change<RedesignProject>(StorageContainers.Improvement, current.Key, project, current.ETag) { Audit = Audit(decision.Events, projectId, actor.Id, now), Also = also },
                cancellationToken);
            return CardActionResult.ShowCard(RedesignProjectCard.Build(stored.Value, stored.ETag, turn.Organisation, turn.Text, today));
        }
        catch (DocumentPreconditionFailedException)
        {
            var latest = await store.ReadAsync<RedesignProject>(StorageContainers.Improvement, current.Key, cancellationToken);
            return CardActionResult.ShowCard(RedesignProjectCard.Build(latest!.Value, latest.ETag, turn.Organisation, turn.Text, today, new Rejection(RejectionReason.StaleVersion)));
        }
    }

    private static AuditEvent[] Audit(IReadOnlyList<WorkflowEvent> events, string projectId, string actorId, DateTimeOffset now) =>
        [.. events.Select(e => new AuditEvent("audit:" + Guid.NewGuid().ToString("N"), nameof(RedesignProject), projectId, e.Action, actorId, now) { Comment = e.Comment })];
}
