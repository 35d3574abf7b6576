using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using OpsRhythm.Bot.Delivery;
using OpsRhythm.Bot.Improvement.Actions;
using OpsRhythm.Bot.Organisation.Languages;
using OpsRhythm.Bot.Persistence;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Cards.Indicators;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Domain.Auditing;
using OpsRhythm.Domain.Indicators;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Time;
using OpsRhythm.IntegrationTests.Organisation;
using OpsRhythm.IntegrationTests.Turns;
using OpsRhythm.Storage.Contract;
using static OpsRhythm.IntegrationTests.Planning.PlanningHarness;

namespace OpsRhythm.IntegrationTests.Indicators;

/// <summary>
/// Regular inspections through the plan handler and the schedule job on a real store: the ops office plans a
/// quarterly inspection of its own test department; on the day the inspector and the head are told once and the next
/// quarter's is planned; the reader lists it. Run on SQLite and the Cosmos DB-compatible server.
/// </summary>
public abstract class InspectionScheduleContract
{
    // 2026-12-07 09:00 in Shanghai.
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 7, 1, 0, 0, TimeSpan.Zero));
    private readonly string _department = "plant-" + Guid.NewGuid().ToString("N")[..8];

    protected abstract IDocumentStore Store { get; }

    private OrganisationProfile Company => FeatureFlowOrganisation.Profile with
    {
        Departments = [.. FeatureFlowOrganisation.Profile.Departments, new(_department, new("生产部", "Production")) { HeadPersonId = FeatureFlowOrganisation.SalesHead.Id }],
    };

    private CardPipeline Pipeline => new(new ChangeWriter(Store), new OrganisationClock(_time));

    [Fact]
    public async Task Schedule_AsAnEmployee_403NothingPlanned_AsTheOpsOffice_PlannedAndAudited()
    {
        var refused = await PlanAsync(FeatureFlowOrganisation.Employee);
        var planned = await PlanAsync(FeatureFlowOrganisation.Ops);

        Assert.Equal(403, Assert.IsType<Bot.Turns.ErrorResult>(refused).StatusCode);
        Assert.Contains(Localizer.ZhCn["Inspections.Plan.Title"], Texts(CardOf(planned)), StringComparison.Ordinal);
        var stored = Assert.Single(await PlannedAsync());
        Assert.Equal((new DateOnly(2026, 12, 9), 3, FeatureFlowOrganisation.Ops.Id), (stored.Date, stored.RepeatMonths, stored.InspectorPersonId));
        Assert.Single(await AuditAsync("2026"), a => a.EntityId == stored.Id && a.Action == "scheduled" && a.ActorPersonId == FeatureFlowOrganisation.Ops.Id);
    }

    [Fact]
    public async Task Job_OnTheDayRunTwice_InspectorAndHeadToldOnceNextQuarterPlanned()
    {
        await PlanAsync(FeatureFlowOrganisation.Ops);
        var first = Assert.Single(await PlannedAsync());
        await Job().RunAsync(_time.GetUtcNow(), CancellationToken.None);
        Assert.Empty(await MessagesAsync("2026", first.Id));

        _time.SetUtcNow(new DateTimeOffset(2026, 12, 9, 1, 0, 0, TimeSpan.Zero));
        await Job().RunAsync(_time.GetUtcNow(), CancellationToken.None);
        await Job().RunAsync(_time.GetUtcNow(), CancellationToken.None);

        var messages = await MessagesAsync("2026", first.Id);
        Assert.Equal([OutboxTarget.Person(FeatureFlowOrganisation.SalesHead.Id), OutboxTarget.Person(FeatureFlowOrganisation.Ops.Id)], messages.Select(m => m.Target).OrderBy(t => t.Id, StringComparer.Ordinal));

        // 李强 reads English; 王敏 gets the inspection card set to the department.
        Assert.Contains("The operations office inspects Production today", messages.Single(m => m.Target.Id == FeatureFlowOrganisation.SalesHead.Id).Activity.GetRawText(), StringComparison.Ordinal);
        Assert.Contains(IndicatorVerbs.SaveInspection, messages.Single(m => m.Target.Id == FeatureFlowOrganisation.Ops.Id).Activity.GetRawText(), StringComparison.Ordinal);
        var next = Assert.Single(await PlannedAsync());
        Assert.Equal((new DateOnly(2027, 3, 9), first.SeriesId), (next.Date, next.SeriesId));
        var reader = new InspectionReader(Store);
        Assert.Contains(await reader.PlannedAsync(new DateOnly(2026, 12, 9), CancellationToken.None), p => p.Id == next.Id);
    }

    private Task<Bot.Turns.CardActionResult> PlanAsync(Person actor) => new InspectionPlanHandler(Pipeline).HandleAsync(
        PipelineTurns.Click(actor, InspectionVerbs.Schedule, new Dictionary<string, string>
        {
            [IndicatorFields.Department] = _department,
            [IndicatorFields.Kind] = nameof(InspectionKind.OnSite),
            [IndicatorFields.Date] = "2026-12-09",
            [IndicatorFields.Owner] = FeatureFlowOrganisation.Ops.Id,
            [InspectionScheduleFields.Repeat] = "3",
        }, Company),
        CancellationToken.None);

    private InspectionScheduleJob Job() => new(
        Store,
        new ChangeWriter(Store),
        new InMemoryOrganisationDirectory(Company),
        new PersonLanguages(Store, new ChangeWriter(Store), _time, NullLogger<PersonLanguages>.Instance),
        new ConfigurationBuilder().Build(),
        new OrganisationClock(_time));

    private async Task<List<ScheduledInspection>> PlannedAsync()
    {
        var list = new List<ScheduledInspection>();
        foreach (var pk in new[] { "2026", "2027" })
        {
            await foreach (var p in Store.QueryAsync<ScheduledInspection>(StorageContainers.Improvement, pk, DocumentQuery.Of<ScheduledInspection>().Where("state", ScheduledInspectionState.Planned), CancellationToken.None))
            {
                if (p.Value.DepartmentId == _department)
                {
                    list.Add(p.Value);
                }
            }
        }

        return list;
    }

    private async Task<List<AuditEvent>> AuditAsync(string pk)
    {
        var list = new List<AuditEvent>();
        await foreach (var a in Store.QueryAsync<AuditEvent>(StorageContainers.Improvement, pk, DocumentQuery.Of<AuditEvent>(), CancellationToken.None))
        {
            list.Add(a.Value);
        }

        return list;
    }

    private async Task<List<OutboxMessage>> MessagesAsync(string pk, string plannedId)
    {
        var list = new List<OutboxMessage>();
        await foreach (var m in Store.QueryAsync<OutboxMessage>(StorageContainers.Improvement, pk, DocumentQuery.Of<OutboxMessage>(), CancellationToken.None))
        {
            if (m.Value.IdempotencyKey.StartsWith(plannedId, StringComparison.Ordinal))
            {
                list.Add(m.Value);
            }
        }

        return list;
    }
}
