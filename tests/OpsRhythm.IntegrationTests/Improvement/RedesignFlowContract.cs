using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Time.Testing;
using OpsRhythm.Bot.Delivery;
using OpsRhythm.Bot.Improvement;
using OpsRhythm.Bot.Persistence;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Cards.Improvement;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Domain.Improvement;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Time;
using OpsRhythm.IntegrationTests.Indicators;
using OpsRhythm.IntegrationTests.Turns;
using OpsRhythm.Storage.Contract;
using static OpsRhythm.IntegrationTests.Planning.PlanningHarness;

namespace OpsRhythm.IntegrationTests.Improvement;

/// <summary>
/// A process redesign against a real store: 王敏 of the ops office starts 订单处理流程 with the sales
/// department concerned; each step's owner is told when the step is theirs and completes it from the card
/// they were sent; the sales head assesses the solution before the evaluation step can complete; the project
/// is listed and opened again. Run on SQLite and the Cosmos DB-compatible server.
/// </summary>
public abstract class RedesignFlowContract
{
    private static readonly Person Ops = FeatureFlowOrganisation.Ops;
    private static readonly Person Head = FeatureFlowOrganisation.SalesHead;
    private static readonly Person Employee = FeatureFlowOrganisation.Employee;

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 26, 2, 0, 0, TimeSpan.Zero));

    protected abstract IDocumentStore Store { get; }

    private CardPipeline Pipeline => new(new ChangeWriter(Store), new OrganisationClock(_time));

    private RedesignCardHandler Redesign => new(Pipeline, new RedesignProjects(Store));

    private RedesignEvaluateHandler Evaluate => new(Pipeline, new RedesignProjects(Store));

    [Fact]
    public async Task Start_EveryOtherStepOwnerLearnsTheirStepsAndTheProjectIsListed()
    {
        var project = await StartAsync();

        var assigned = (await MessagesAsync(project.Id)).Where(m => m.IdempotencyKey.Contains(":assigned:", StringComparison.Ordinal)).Select(m => m.Target.Id).Order();
        Assert.Equal([Head.Id, Employee.Id], assigned);
        var list = await SayProjectsAsync(Ops);
        Assert.Contains(project.ProcessName, list.GetRawText(), StringComparison.Ordinal);
        var opened = await new RedesignViewHandler(new RedesignProjects(Store), new OrganisationClock(_time)).HandleAsync(
            PipelineTurns.Click(Employee, ImprovementVerbs.ShowProject, new Dictionary<string, string> { [RedesignFields.Project] = project.Id }, FeatureFlowOrganisation.Profile), CancellationToken.None);
        Assert.Contains(Localizer.ZhCn.Format("Improvement.Project.Title", project.ProcessName), Texts(CardOf(opened)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Steps_EachOwnerCompletesFromTheirCardAndTheDepartmentsAssessBeforeTheEvaluationCompletes()
    {
        var project = await StartAsync();
        await CompleteAsync(Ops, CardFor(project, Ops));                       // survey
        var diagnosis = await SentCardAsync(project.Id, $"turn:{RedesignStepKind.Diagnosis}");
        await CompleteAsync(Employee, diagnosis);                               // diagnosis, from the card he was sent
        await CompleteAsync(Employee, CardFor(await StoredAsync(project.Id), Employee));   // design
        var request = await SentCardAsync(project.Id, "evaluate:sales");

        var early = await CompleteAsync(Ops, CardFor(await StoredAsync(project.Id), Ops));
        var assessed = await Evaluate.HandleAsync(Click(Head, RequiredButton(request, ImprovementVerbs.Evaluate), new()
        {
            [RedesignFields.Feasibility] = "4", [RedesignFields.Effectiveness] = "5", [RedesignFields.CostBenefit] = "3", [RedesignFields.Comment] = "需增加一名单证员",
        }), CancellationToken.None);
        await CompleteAsync(Ops, CardFor(await StoredAsync(project.Id), Ops));

        Assert.Contains(Localizer.ZhCn.Format("Improvement.Validation.EvaluationsMissing", 1), Texts(CardOf(early)), StringComparison.Ordinal);
        Assert.Contains(Localizer.ZhCn["Improvement.Evaluation.Recorded"], Texts(CardOf(assessed)), StringComparison.Ordinal);
        var stored = await StoredAsync(project.Id);
        Assert.Equal(RedesignStepKind.Implementation, stored.CurrentStep!.Kind);
        var evaluation = Assert.Single(stored.Evaluations);
        Assert.Equal(("sales", Head.Id, 4, 5, 3, "需增加一名单证员"), (evaluation.DepartmentId, evaluation.ByPersonId, evaluation.Feasibility, evaluation.Effectiveness, evaluation.CostBenefit, evaluation.Comment));
        Assert.Equal(Head.Id, (await SentAsync(project.Id, $"turn:{RedesignStepKind.Implementation}")).Target.Id);
    }

    [Fact]
    public async Task CompleteStep_SecondClickOnTheSameCard_TheNextStepStaysOpen()
    {
        var project = await StartAsync();
        var card = CardFor(project, Ops);

        await CompleteAsync(Ops, card);
        var again = await CompleteAsync(Ops, card);

        Assert.Equal(RedesignStepKind.Diagnosis, (await StoredAsync(project.Id)).CurrentStep!.Kind);
        Assert.Contains(Localizer.ZhCn["Common.Rejection.WrongState"], Texts(CardOf(again)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CompleteStep_BySomeoneWhoDoesNotOwnIt_403()
    {
        var project = await StartAsync();

        var result = await CompleteAsync(Employee, CardFor(project, Employee));

        Assert.Equal(StatusCodes.Status403Forbidden, Assert.IsType<ErrorResult>(result).StatusCode);
        Assert.Equal(RedesignStepKind.Survey, (await StoredAsync(project.Id)).CurrentStep!.Kind);
    }

    private async Task<RedesignProject> StartAsync()
    {
        var name = "订单处理流程" + Guid.NewGuid().ToString("N")[..6];
        var owners = new Dictionary<RedesignStepKind, Person>
        {
            [RedesignStepKind.Survey] = Ops, [RedesignStepKind.Diagnosis] = Employee, [RedesignStepKind.Design] = Employee,
            [RedesignStepKind.Evaluation] = Ops, [RedesignStepKind.Implementation] = Head,
        };
        var form = new Dictionary<string, string>(StringComparer.Ordinal) { [ImprovementFields.Process] = name, [RedesignFields.Departments] = "sales,nowhere" };
        foreach (var (kind, owner) in owners)
        {
            form[ImprovementFields.OwnerOf(kind)] = owner.Id;
            form[ImprovementFields.DueOf(kind)] = new DateOnly(2026, 12, 1).AddDays((int)kind * 14).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        }

        await Redesign.HandleAsync(PipelineTurns.Click(Ops, ImprovementVerbs.StartProject, form, FeatureFlowOrganisation.Profile), CancellationToken.None);
        var project = (await new RedesignProjects(Store).AllAsync(CancellationToken.None)).Single(p => p.ProcessName == name);
        Assert.Equal(["sales"], project.DepartmentIds);
        return project;
    }

    private async Task<JsonElement> SayProjectsAsync(Person actor)
    {
        var turn = PipelineTurns.Click(actor, "none", new Dictionary<string, string>(), FeatureFlowOrganisation.Profile).Turn;
        await new ProjectsCommand(new RedesignProjects(Store), new OrganisationClock(_time)).HandleAsync(turn, string.Empty, CancellationToken.None);
        return CardOf(turn);
    }

    private static JsonElement CardFor(RedesignProject project, Person reader) =>
        Cards.Model.CardJson.ToElement(RedesignProjectCard.Build(project, "seen", FeatureFlowOrganisation.Profile, Localizer.ZhCn, new DateOnly(2026, 11, 26),
            evaluatingDepartmentId: project.DepartmentIds.FirstOrDefault(d => FeatureFlowOrganisation.Profile.FindDepartment(d)?.HeadPersonId == reader.Id)));

    private Task<CardActionResult> CompleteAsync(Person actor, JsonElement card) =>
        Redesign.HandleAsync(Click(actor, RequiredButton(card, ImprovementVerbs.CompleteStep), []), CancellationToken.None);

    private static CardTurn Click(Person actor, IReadOnlyDictionary<string, string> button, Dictionary<string, string> inputs)
    {
        var data = new Dictionary<string, string>(button, StringComparer.Ordinal);
        foreach (var (key, value) in inputs)
        {
            data[key] = value;
        }

        return PipelineTurns.Click(actor, data["verb"], data, FeatureFlowOrganisation.Profile);
    }

    private async Task<RedesignProject> StoredAsync(string id) => (await new RedesignProjects(Store).ReadAsync(id, CancellationToken.None))!.Value;

    private async Task<OutboxMessage> SentAsync(string projectId, string what) =>
        Assert.Single(await MessagesAsync(projectId), m => m.IdempotencyKey == $"{projectId}:{what}");

    private async Task<JsonElement> SentCardAsync(string projectId, string what) =>
        (await SentAsync(projectId, what)).Activity.GetProperty("attachments")[0].GetProperty("content");

    private async Task<List<OutboxMessage>> MessagesAsync(string projectId)
    {
        var found = new List<OutboxMessage>();
        await foreach (var item in Store.QueryAsync<OutboxMessage>(StorageContainers.Improvement, RedesignProject.PartitionKey, DocumentQuery.Of<OutboxMessage>(), CancellationToken.None))
        {
            if (item.Value.IdempotencyKey.StartsWith(projectId + ":", StringComparison.Ordinal))
            {
                found.Add(item.Value);
            }
        }

        return found;
    }
}
