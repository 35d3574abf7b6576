using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using OpsRhythm.Bot.Delivery;
using OpsRhythm.Bot.Improvement;
using OpsRhythm.Bot.Organisation.Languages;
using OpsRhythm.Bot.Persistence;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Cards.Improvement;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Domain.Auditing;
using OpsRhythm.Domain.Improvement;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Time;
using OpsRhythm.IntegrationTests.Indicators;
using OpsRhythm.IntegrationTests.Turns;
using OpsRhythm.Storage.Contract;
using static OpsRhythm.IntegrationTests.Planning.PlanningHarness;

namespace OpsRhythm.IntegrationTests.Improvement;

/// <summary>
/// Periodic process reviews against a real store: the ops office records 采购审批流程 with
/// 孙浩 as its owner and the four principles assessed; the review job reminds him when it is due, he
/// completes the review from the reminder, and the next due date reminds him again. Run on SQLite and the
/// Cosmos DB-compatible server.
/// </summary>
public abstract class ProcessReviewFlowContract
{
    private static readonly Person Owner = FeatureFlowOrganisation.Employee;

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 26, 2, 0, 0, TimeSpan.Zero));

    protected abstract IDocumentStore Store { get; }

    private CardPipeline Pipeline => new(new ChangeWriter(Store), new OrganisationClock(_time));

    private ProcessCardHandler Handler => new(Pipeline, Store);

    private ProcessReviewJob Job => new(
        Store, new ChangeWriter(Store), new FixedOrganisation(FeatureFlowOrganisation.Profile),
        new PersonLanguages(Store, new ChangeWriter(Store), _time, NullLogger<PersonLanguages>.Instance), new ConfigurationBuilder().Build(), new OrganisationClock(_time));

    [Fact]
    public async Task CompletedReview_WhenTheNextOneIsDue_RemindsTheOwnerAgain()
    {
        var process = await RecordAsync(intervalMonths: 3);
        _time.Advance(TimeSpan.FromDays(92));
        await Job.RunAsync(_time.GetUtcNow(), CancellationToken.None);
        var reminder = ReminderCard(Assert.Single(await RemindersAsync(process.Id)));
        _time.Advance(TimeSpan.FromHours(1));

        var done = await Handler.HandleAsync(Click(Owner, RequiredButton(reminder, ImprovementVerbs.CompleteReview), Assessed()), CancellationToken.None);
        _time.Advance(TimeSpan.FromDays(93));
        await Job.RunAsync(_time.GetUtcNow(), CancellationToken.None);

        var reviewed = await StoredAsync(process.Id);
        Assert.Equal(new DateOnly(2027, 5, 26), reviewed.NextReview);
        Assert.Contains(Localizer.ZhCn.Format("Improvement.Review.Completed", "2027年5月26日"), Texts(CardOf(done)), StringComparison.Ordinal);
        Assert.Equal(2, (await RemindersAsync(process.Id)).Count);
        Assert.Equal(["recorded", "review-reminded", "reviewed", "review-reminded"], (await AuditAsync(process.Id)).OrderBy(a => a.At).Select(a => a.Action));
    }

    [Fact]
    public async Task Record_ByTheOpsOffice_StoresTheOwnerAndTheFourPrinciplesAssessed()
    {
        var process = await RecordAsync(intervalMonths: 6);

        Assert.Equal((Owner.Id, 6, new DateOnly(2027, 5, 26)), (process.OwnerPersonId, process.IntervalMonths, process.NextReview));
        Assert.Equal(Enum.GetValues<DesignPrinciple>(), process.Principles.Select(p => p.Principle));
        Assert.Equal("审批环节过多", process.Principles.Single(p => p.Principle == DesignPrinciple.SimpleAndEfficient).Note);
        Assert.Equal(PrincipleRating.NotMet, process.Principles.Single(p => p.Principle == DesignPrinciple.SimpleAndEfficient).Rating);
    }

    [Fact]
    public async Task Review_PrincipleNotRated_ErrorBesideItAndNothingWritten()
    {
        var process = await RecordAsync(intervalMonths: 3);
        var inputs = Assessed();
        inputs.Remove(ProcessFields.RatingOf(DesignPrinciple.RisksControlled));

        var result = await Handler.HandleAsync(Click(Owner, Button(process), inputs), CancellationToken.None);

        Assert.Contains(ProcessFields.RatingOf(DesignPrinciple.RisksControlled) + ".error", CardOf(result).GetRawText(), StringComparison.Ordinal);
        Assert.Equal(process.NextReview, (await StoredAsync(process.Id)).NextReview);
    }

    [Fact]
    public async Task Review_TwiceFromTheSameReminder_MovesTheDateOnce()
    {
        var process = await RecordAsync(intervalMonths: 3);

        await Handler.HandleAsync(Click(Owner, Button(process), Assessed()), CancellationToken.None);
        var again = await Handler.HandleAsync(Click(Owner, Button(process), Assessed()), CancellationToken.None);

        Assert.Equal(new DateOnly(2027, 2, 26), (await StoredAsync(process.Id)).NextReview);
        Assert.Contains(Localizer.ZhCn["Common.Rejection.WrongState"], Texts(CardOf(again)), StringComparison.Ordinal);
        Assert.Single(await AuditAsync(process.Id), a => a.Action == "reviewed");
    }

    [Fact]
    public async Task Review_BySomeoneNeitherOwnerNorOpsOffice_403NamingTheOpsOffice()
    {
        var process = await RecordAsync(intervalMonths: 3);

        var result = await Handler.HandleAsync(Click(FeatureFlowOrganisation.SalesHead, Button(process), Assessed()), CancellationToken.None);

        Assert.Equal(StatusCodes.Status403Forbidden, Assert.IsType<ErrorResult>(result).StatusCode);
        Assert.Equal(process.NextReview, (await StoredAsync(process.Id)).NextReview);
    }

    private async Task<ProcessReview> RecordAsync(int intervalMonths)
    {
        var name = "采购审批流程" + Guid.NewGuid().ToString("N")[..6];
        var form = new Dictionary<string, string>(Assessed(), StringComparer.Ordinal)
        {
            [ProcessFields.Process] = name,
            [ProcessFields.Owner] = Owner.Id,
            [ProcessFields.IntervalMonths] = intervalMonths.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        var card = CardOf(await Handler.HandleAsync(Click(FeatureFlowOrganisation.Ops, ImprovementVerbs.RecordProcess, form), CancellationToken.None));
        Assert.Contains(Localizer.ZhCn["Improvement.Process.Recorded"], Texts(card), StringComparison.Ordinal);
        await foreach (var p in Store.QueryAsync<ProcessReview>(StorageContainers.Improvement, ProcessReview.PartitionKey, DocumentQuery.Of<ProcessReview>(), CancellationToken.None))
        {
            if (p.Value.ProcessName == name)
            {
                return p.Value;
            }
        }

        throw new InvalidOperationException("The process was not stored.");
    }

    private static Dictionary<string, string> Assessed() => new(StringComparer.Ordinal)
    {
        [ProcessFields.RatingOf(DesignPrinciple.CustomerOriented)] = nameof(PrincipleRating.Met),
        [ProcessFields.RatingOf(DesignPrinciple.SimpleAndEfficient)] = nameof(PrincipleRating.NotMet),
        [ProcessFields.NoteOf(DesignPrinciple.SimpleAndEfficient)] = "审批环节过多",
        [ProcessFields.RatingOf(DesignPrinciple.ClearResponsibilities)] = nameof(PrincipleRating.Partly),
        [ProcessFields.RatingOf(DesignPrinciple.RisksControlled)] = nameof(PrincipleRating.Met),
    };

    /// <summary>The review button of the process's card as its owner sees it.</summary>
    private static IReadOnlyDictionary<string, string> Button(ProcessReview process) =>
        RequiredButton(Cards.Model.CardJson.ToElement(ProcessReviewCard.Build(process, ProcessReview.PartitionKey, FeatureFlowOrganisation.Profile, Localizer.ZhCn)), ImprovementVerbs.CompleteReview);

    private static JsonElement ReminderCard(OutboxMessage message) => message.Activity.GetProperty("attachments")[0].GetProperty("content");

    private static CardTurn Click(Person actor, string verb, Dictionary<string, string> data) => PipelineTurns.Click(actor, verb, data, FeatureFlowOrganisation.Profile);

    private static CardTurn Click(Person actor, IReadOnlyDictionary<string, string> button, Dictionary<string, string> inputs)
    {
        var data = new Dictionary<string, string>(button, StringComparer.Ordinal);
        foreach (var (key, value) in inputs)
        {
            data[key] = value;
        }

        return Click(actor, data["verb"], data);
    }

    private async Task<ProcessReview> StoredAsync(string id) =>
        (await Store.ReadAsync<ProcessReview>(StorageContainers.Improvement, new DocumentKey(ProcessReview.PartitionKey, id), CancellationToken.None))!.Value;

    private async Task<List<OutboxMessage>> RemindersAsync(string id) =>
        [.. (await AllAsync<OutboxMessage>()).Where(m => m.IdempotencyKey.StartsWith(id + ":remind:", StringComparison.Ordinal))];

    private async Task<List<AuditEvent>> AuditAsync(string id) => [.. (await AllAsync<AuditEvent>()).Where(a => a.EntityId == id)];

    private async Task<List<T>> AllAsync<T>()
    {
        var found = new List<T>();
        await foreach (var item in Store.QueryAsync<T>(StorageContainers.Improvement, ProcessReview.PartitionKey, DocumentQuery.Of<T>(), CancellationToken.None))
        {
            found.Add(item.Value);
        }

        return found;
    }
}
