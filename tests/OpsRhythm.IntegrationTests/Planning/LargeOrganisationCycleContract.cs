using OpsRhythm.Bot.Delivery;
using OpsRhythm.Bot.Persistence;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Cards.Planning;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Planning;
using OpsRhythm.IntegrationTests.Organisation;
using OpsRhythm.IntegrationTests.Storage;
using OpsRhythm.Storage.Contract;
using static OpsRhythm.IntegrationTests.Planning.PlanningHarness;

namespace OpsRhythm.IntegrationTests.Planning;

/// <summary>
/// Opening a cycle for 120 departments (2N+3 = 243 writes, past a batch's 100) through the real
/// handlers: every plan and every head's notice is written once. Run on SQLite and the Cosmos
/// DB-compatible server.
/// </summary>
public abstract class LargeOrganisationCycleContract
{
    private const string Ops = "wang-min";

    protected abstract IDocumentStore Store { get; }

    [ContractFact]
    public async Task Open_120Departments_CreatesEveryPlanAndNotifiesEveryHeadOnce()
    {
        using var harness = new PlanningHarness(store: Store, organisation: With120Departments());
        var form = CardOf(await harness.SayAsync(Ops, harness.Command("开启月度计划")));

        var result = await harness.ClickAsync(Ops, RequiredButton(form, PlanVerbs.Open), Inputs((PlanFields.Period, "2027-01"), (PlanFields.DueDate, "2026-12-27")));

        Assert.IsType<MessageResult>(result);
        var cycle = await harness.Documents.CycleAsync("monthly-2027-01", CancellationToken.None);
        Assert.Equal((PlanCycleState.Open, 120), (cycle!.Value.State, cycle.Value.DepartmentIds.Count));
        Assert.Equal(120, (await harness.Documents.PlansAsync("monthly-2027-01", CancellationToken.None)).Count);
        await new OutboxFanOutExpander(Store, TimeProvider.System).ExpandAsync(StorageContainers.Plans, "monthly-2027-01", CancellationToken.None);
        var outbox = await harness.OutboxAsync("monthly-2027-01");
        Assert.Equal(120, outbox.Count(m => m.Target.Kind == OutboxTargetKind.Person));
        Assert.Equal(outbox.Count, outbox.Select(m => m.IdempotencyKey).Distinct(StringComparer.Ordinal).Count());
        Assert.Contains(outbox, m => m.Target == OutboxTarget.Channel(harness.Organisation.OpsChannelId!));
        var spills = 0;
        await foreach (var unused in Store.QueryAsync<MessageSpill>(StorageContainers.Plans, "monthly-2027-01", DocumentQuery.Of<MessageSpill>(), CancellationToken.None))
        {
            spills++;
        }

        Assert.Equal(0, spills);
    }

    private static Dictionary<string, string> Inputs(params (string Key, string Value)[] inputs) => inputs.ToDictionary(i => i.Key, i => i.Value, StringComparer.Ordinal);

    /// <summary>The sample organisation and as many more departments as make 120, each with its own head.</summary>
    private static OrganisationProfile With120Departments()
    {
        var sample = InMemoryOrganisationDirectory.Sample;
        var extra = Enumerable.Range(1, 120 - sample.Departments.Count).Select(i => $"{i:000}").ToList();
        return sample with
        {
            Departments = [.. sample.Departments, .. extra.Select(n => new Department($"dept-{n}", new($"第{n}部", $"Department {n}")) { HeadPersonId = $"head-{n}" })],
            People = [.. sample.People, .. extra.Select(n => new Person($"head-{n}", new($"部长{n}", $"Head {n}")) { DepartmentId = $"dept-{n}", Roles = Role.Employee | Role.DepartmentHead })],
        };
    }
}
