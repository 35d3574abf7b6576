using System.Globalization;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Cards.Improvement;
using OpsRhythm.Domain.Improvement;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Improvement;

/// <summary>
/// Redesign projects: started by the ops office, steps completed in order by their owner or the ops
/// office, each owner told when their step comes (<see cref="RedesignMessages"/>). Completing implementation
/// schedules the process's periodic review in the same batch.
/// </summary>
internal sealed class RedesignCardHandler(CardPipeline pipeline, RedesignProjects projects) : ICardActionHandler
{
    public const int ReviewIntervalMonths = 6;

    public IReadOnlyDictionary<string, VerbAccess> Access { get; } = new Dictionary<string, VerbAccess>(StringComparer.Ordinal)
    {
        [ImprovementVerbs.StartProject] = VerbAccess.Company(Role.OpsOffice),

        // A step's owner may be anyone; who may complete this project's current step is checked on the project.
        [ImprovementVerbs.CompleteStep] = VerbAccess.Company(RoleSets.Everyone),
    };

    public Task<CardActionResult> HandleAsync(CardTurn card, CancellationToken cancellationToken)
    {
        var today = pipeline.Clock.Today(card.Organisation);
        return card.Verb == ImprovementVerbs.StartProject
            ? pipeline.CreateAsync(card, Start(card, today), cancellationToken)
            : pipeline.ChangeAsync(card, Complete(card, today), cancellationToken);
    }

    private StateCreation<RedesignProject, StartRedesign> Start(CardTurn card, DateOnly today) => new()
    {
        Container = StorageContainers.Improvement,
        EntityType = nameof(RedesignProject),
        Read = () => new StartRedesign(card.Value(ImprovementFields.Process), StepsOf(card)) { DepartmentIds = DepartmentsOf(card) },
        Decide = command => RedesignMachine.Start(Guid.NewGuid().ToString("N")[..12], card.Actor, command, pipeline.Clock.UtcNow),
        Key = p => new DocumentKey(RedesignProject.PartitionKey, p.Id),
        Messages = made => RedesignMessages.Started(card, made, today),
        ShowForm = rejection => CardActionResult.ShowCard(RedesignProjectCard.StartForm(card.Organisation, card.Text, card.Request.Data, rejection)),
        Show = (stored, note, _) => Show(card, stored, note, today),
    };

    private StateChange<RedesignProject, CompleteRedesignStep> Complete(CardTurn card, DateOnly today) => new()
    {
        Container = StorageContainers.Improvement,
        EntityType = nameof(RedesignProject),
        Load = ct => card.Request.EntityId is { } id ? projects.ReadAsync(id, ct) : Task.FromResult<StoredDocument<RedesignProject>?>(null),
        MayAct = project => RedesignMachine.CheckComplete(project, card.Actor),

        // Owners act from the card they were sent, drawn before the project's next version: the button names
        // the step it completes, and the Domain refuses it once another step is current.
        ChecksVersion = false,
        Read = _ => new CompleteRedesignStep(card.Value(ImprovementFields.Note))
        {
            Step = Enum.TryParse<RedesignStepKind>(card.Value(RedesignFields.Step), out var step) && Enum.IsDefined(step) ? step : null,
        },
        Decide = (project, command) => RedesignMachine.CompleteStep(project, card.Actor, command, pipeline.Clock.UtcNow),
        Messages = made => RedesignMessages.StepDone(card, made, today),
        Also = made => ReviewOf(made.After, today),
        Show = (stored, note, _) => Show(card, stored, note, today),
    };

    /// <summary>The steps whose owner is a person of the organisation and whose due date is a date; the Domain says whether all five are there.</summary>
    private static List<RedesignStep> StepsOf(CardTurn card)
    {
        var steps = new List<RedesignStep>();
        foreach (var kind in Enum.GetValues<RedesignStepKind>())
        {
            if (card.Value(ImprovementFields.OwnerOf(kind)) is { } owner && card.Organisation.FindPerson(owner) is not null
                && DateOnly.TryParseExact(card.Value(ImprovementFields.DueOf(kind)), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var due))
            {
                steps.Add(new RedesignStep(kind, owner, due));
            }
        }

        return steps;
    }

    /// <summary>The departments concerned, as the multi-select posts them ("sales,hr"); unknown ids are dropped.</summary>
    private static List<string> DepartmentsOf(CardTurn card) =>
        [.. (card.Value(RedesignFields.Departments) ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(d => card.Organisation.FindDepartment(d) is not null).Distinct(StringComparer.Ordinal)];

    /// <summary>A finished project's process is reviewed periodically, by the owner of its last step.</summary>
    private static IReadOnlyList<BatchOperation> ReviewOf(RedesignProject project, DateOnly today)
    {
        if (!project.IsDone)
        {
            return [];
        }

        var review = new ProcessReview($"review:{project.Id}", project.ProcessName, project.Steps[^1].OwnerPersonId, ReviewIntervalMonths, today.AddMonths(ReviewIntervalMonths));
        return [BatchOperation.Create(review.Id, review)];
    }

    // The reader sees the evaluation form when they head a department concerned that may still assess.
    private static Task<CardActionResult> Show(CardTurn card, StoredDocument<RedesignProject> stored, CardNote note, DateOnly today) =>
        Task.FromResult(CardActionResult.ShowCard(RedesignProjectCard.Build(
            stored.Value, stored.ETag, card.Organisation, card.Text, today, note.Rejection, note.Notice,
            evaluatingDepartmentId: stored.Value.DepartmentIds.FirstOrDefault(d => card.Organisation.FindDepartment(d)?.HeadPersonId == card.Actor.Id))));
}
