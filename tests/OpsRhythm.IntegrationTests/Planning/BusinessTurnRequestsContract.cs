using System.Globalization;
using System.Text;
using System.Text.Json;
using OpsRhythm.Cards.Planning;
using OpsRhythm.Domain.Planning;
using OpsRhythm.IntegrationTests.Infra;
using OpsRhythm.IntegrationTests.Storage;
using OpsRhythm.Storage.Contract;
using static OpsRhythm.IntegrationTests.Planning.PlanningHarness;

namespace OpsRhythm.IntegrationTests.Planning;

/// <summary>
/// Store requests of the monthly cycle's business turns, counted at the store's interface on SQLite and
/// on the Cosmos DB-compatible server (one call is one request on Cosmos DB): none crosses partitions,
/// each stays within a small bound, and the counts are written to artifacts/test-output/store-requests/
/// for docs/storage.md.
/// </summary>
public abstract class BusinessTurnRequestsContract
{
    private const string Cycle = "monthly-2027-01";
    private const string Ops = "wang-min";
    private const string Head = "li-qiang";

    /// <summary>More than this in one turn is a regression to look at (today's turns take 2 to 8).</summary>
    private const int MaxCallsPerTurn = 12;

    protected abstract IDocumentStore Store { get; }

    protected abstract string StoreName { get; }

    [ContractFact]
    public async Task MonthlyCycleTurns_NoneAcrossPartitions_EachWithinTheBound()
    {
        var counting = new CountingDocumentStore(Store);
        using var harness = new PlanningHarness(store: counting);
        var measured = new List<(string Turn, IReadOnlyList<string> Calls)>();
        async Task<JsonElement> Measure(string turn, Func<Task<JsonElement>> act)
        {
            counting.Reset();
            var card = await act();
            measured.Add((turn, counting.Calls));
            return card;
        }

        var form = CardOf(await harness.SayAsync(Ops, harness.Command("开启月度计划")));
        var open = RequiredButton(form, PlanVerbs.Open);
        counting.Reset();
        Assert.IsType<OpsRhythm.Bot.Turns.MessageResult>(await harness.ClickAsync(Ops, open, Inputs((PlanFields.Period, "2027-01"), (PlanFields.DueDate, "2026-12-27"))));
        measured.Add(("plan.open (5 departments)", counting.Calls));

        var view = new Dictionary<string, string>(StringComparer.Ordinal) { ["verb"] = PlanVerbs.View, ["id"] = PlanVerbs.PlanEntityId(Cycle, "sales") };
        var plan = await Measure("plan.view (head)", async () => CardOf(await harness.ClickAsync(Head, view)));
        var section = await Measure("plan.edit (tasks)", async () => CardOf(await harness.ClickAsync(Head, RequiredButton(plan, PlanVerbs.Edit, nameof(PlanSection.Tasks)))));
        var saved = await Measure("plan.save (tasks)", async () => CardOf(await harness.ClickAsync(Head, RequiredButton(section, PlanVerbs.Save), Inputs(("tasks.0.title", "大客户回访"), ("tasks.0.owner", "sun-hao"), ("tasks.0.due", "2027-01-15"), ("tasks.0.milestone", "true")))));
        await Measure("plan.submit", async () => CardOf(await harness.ClickAsync(Head, RequiredButton(saved, PlanVerbs.Submit))));
        var review = await Measure("plan.view (ops office)", async () => CardOf(await harness.ClickAsync(Ops, view)));
        await Measure("plan.accept", async () => CardOf(await harness.ClickAsync(Ops, RequiredButton(review, PlanVerbs.Accept))));

        Write(measured);
        Assert.All(measured, m => Assert.DoesNotContain(m.Calls, c => c.StartsWith("query-across", StringComparison.Ordinal)));
        Assert.All(measured, m => Assert.True(m.Calls.Count <= MaxCallsPerTurn, $"{m.Turn}: {m.Calls.Count} store calls\n{string.Join("\n", m.Calls)}"));
    }

    private static Dictionary<string, string> Inputs(params (string Key, string Value)[] inputs) => inputs.ToDictionary(i => i.Key, i => i.Value, StringComparer.Ordinal);

    private void Write(List<(string Turn, IReadOnlyList<string> Calls)> measured)
    {
        var table = new StringBuilder($"| Turn ({StoreName}) | Store calls | Of which |\n| --- | ---: | --- |\n");
        foreach (var (turn, calls) in measured)
        {
            var kinds = string.Join(", ", calls.GroupBy(c => c.Split(' ')[0]).Select(g => $"{g.Count()} {g.Key}"));
            table.Append(CultureInfo.InvariantCulture, $"| {turn} | {calls.Count} | {kinds} |\n");
        }

        var folder = Path.Combine(BicepTests.CompiledTemplate.RepositoryRoot(), "artifacts", "test-output", "store-requests");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, $"monthly-cycle-turns.{StoreName}.md"), table.ToString());
    }
}
