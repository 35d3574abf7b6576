using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using OpsRhythm.Bot.Delivery;
using OpsRhythm.Bot.Indicators;
using OpsRhythm.Bot.Organisation.Languages;
using OpsRhythm.Bot.Persistence;
using OpsRhythm.Domain.Indicators;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Time;
using OpsRhythm.IntegrationTests.Organisation;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.IntegrationTests.Indicators;

/// <summary>
/// The figures-due prompt job on a real store: on the due day in Shanghai the head of a department with missing
/// figures is prompted once, in their language, with what is missing; a complete department is not. Each test has
/// departments of its own (partitions), as the store is shared. Run on SQLite and the Cosmos DB-compatible server.
/// </summary>
public abstract class FiguresDuePromptContract
{
    private readonly string _suffix = Guid.NewGuid().ToString("N")[..8];

    // 2026-12-03 08:30 in Shanghai, 00:30 UTC: the due day (3) in the organisation's calendar.
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 3, 0, 30, 0, TimeSpan.Zero));

    protected abstract IDocumentStore Store { get; }

    private string Behind => "sales-" + _suffix;

    private string Complete => "hr-" + _suffix;

    private OrganisationProfile Company => FeatureFlowOrganisation.Profile with
    {
        Departments =
        [
            new(Behind, new("销售部", "Sales")) { HeadPersonId = FeatureFlowOrganisation.SalesHead.Id },
            new(Complete, new("人力资源部", "HR")) { HeadPersonId = FeatureFlowOrganisation.Ops.Id },
            new("no-head-" + _suffix, new("无负责人部门", "No head")),
        ],
    };

    private FiguresDuePromptJob Job(int dueDay = 3) => new(
        Store,
        new ChangeWriter(Store),
        new IndicatorReader(Store),
        new InMemoryOrganisationDirectory(Company),
        new PersonLanguages(Store, new ChangeWriter(Store), _time, NullLogger<PersonLanguages>.Instance),
        Options.Create(new FiguresDueOptions { FiguresDueDay = dueDay }),
        new OrganisationClock(_time));

    [Fact]
    public async Task RunTwiceOnTheDueDay_HeadWithMissingFiguresPromptedOnceCompleteDepartmentNot()
    {
        foreach (var indicator in IndicatorCatalog.Seed.Indicators.Where(i => i.Frequency == IndicatorFrequency.Monthly))
        {
            await EnterAsync(Complete, indicator.Id, "2026-M11");
            if (indicator.Id != "profit")
            {
                await EnterAsync(Behind, indicator.Id, "2026-M11");
            }
        }

        await Job().RunAsync(_time.GetUtcNow(), CancellationToken.None);
        await Job().RunAsync(_time.GetUtcNow(), CancellationToken.None);

        var prompt = Assert.Single(await MessagesAsync(Behind));
        Assert.Equal(OutboxTarget.Person(FeatureFlowOrganisation.SalesHead.Id), prompt.Target);

        // 李强 reads English: the prompt names the missing indicator in English.
        Assert.Contains("Figures due", prompt.Activity.GetRawText(), StringComparison.Ordinal);
        Assert.Contains("Profit", prompt.Activity.GetRawText(), StringComparison.Ordinal);
        var record = await Store.ReadAsync<FiguresDuePrompt>(StorageContainers.Indicators, new DocumentKey(IndicatorValue.PartitionFor(Behind, 2026), "figures-due:2026-M11"), CancellationToken.None);
        Assert.Equal(["profit:2026-M11"], record!.Value.Missing);
        Assert.Empty(await MessagesAsync(Complete));
    }

    [Fact]
    public async Task BeforeTheDueDay_NobodyPrompted()
    {
        await Job(dueDay: 5).RunAsync(_time.GetUtcNow(), CancellationToken.None);

        Assert.Empty(await MessagesAsync(Behind));
    }

    private async Task EnterAsync(string department, string indicator, string period) =>
        await Store.CreateAsync(
            StorageContainers.Indicators,
            new DocumentKey(IndicatorValue.PartitionFor(department, 2026), IndicatorValue.IdFor(indicator, period)),
            new IndicatorValue(department, indicator, period, 1) { EnteredBy = "li-qiang", EnteredAt = _time.GetUtcNow() },
            CancellationToken.None);

    private async Task<List<OutboxMessage>> MessagesAsync(string department)
    {
        var list = new List<OutboxMessage>();
        await foreach (var m in Store.QueryAsync<OutboxMessage>(StorageContainers.Indicators, IndicatorValue.PartitionFor(department, 2026), DocumentQuery.Of<OutboxMessage>(), CancellationToken.None))
        {
            list.Add(m.Value);
        }

        return list;
    }
}
