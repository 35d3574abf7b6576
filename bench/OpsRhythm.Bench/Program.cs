using System.Globalization;
using OpsRhythm.Bench;

// bench/run.sh builds everything and calls this with the paths; see bench/README.md.
var settings = Arguments.Parse(args);
Directory.CreateDirectory(settings.WorkFolder);
var machine = MachineInfo.Capture();
Console.WriteLine($"OpsRhythm benchmarks ({(settings.Quick ? "quick" : "full")}) on {machine.Cpu}, load average {machine.LoadAverage}");

using var issuer = new LocalIssuer(Guid.NewGuid().ToString(), Guid.NewGuid().ToString());
await using var server = await LocalServer.StartAsync(issuer);
using var client = new HttpClient(new SocketsHttpHandler
{
    MaxConnectionsPerServer = int.MaxValue,
    PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
    UseProxy = false,
})
{ Timeout = TimeSpan.FromSeconds(30) };
var launcher = new BotLauncher(settings, server, issuer, client);
var report = new Report(settings, machine);

if (settings.Runs("turns"))
{
    Console.WriteLine("Turn throughput and latency");
    var turns = new TurnBench(settings, client);
    var scenario = new TurnScenario(launcher.Activities);
    var stores = new List<BenchStore> { BenchStore.Sqlite(Path.Combine(settings.WorkFolder, "turns.db")) };
    if (settings.CosmosEndpoint is { } endpoint && settings.CosmosCertificate is { } certificate)
    {
        stores.Add(BenchStore.Cosmos(endpoint, certificate, "bench-" + Guid.NewGuid().ToString("N")[..8]));
    }

    foreach (var store in stores)
    {
        server.Connector.Reset(ConnectorRules.AcceptAll);
        await using var started = new StartedBotScope(await launcher.StartOpsRhythmAsync(store, null, "turns-" + store.Name.Split(' ')[0].ToLowerInvariant()));
        var documents = await store.OpenAsync();
        await TurnScenario.SeedReportsAsync(documents);
        store.Close(documents);
        await Checks.ExpectCardAnswerAsync(client, launcher.Activities, started.Bot.Bot, "plan.open", scenario.OpenCycle);
        foreach (var (kind, template) in scenario.Samples)
        {
            await Checks.ExpectCardAnswerAsync(client, launcher.Activities, started.Bot.Bot, kind, template);
        }

        report.Turns.Add(await turns.RunAsync("OpsRhythm, " + store.Name, started.Bot, launcher.Activities, scenario.Pick, TurnScenario.KindOf));
        report.ConnectorUnauthorized += server.Connector.Unauthorized;
    }

    server.Connector.Reset(ConnectorRules.AcceptAll);
    await using (var reference = new StartedBotScope(await launcher.StartReferenceAsync("turns-reference")))
    {
        var echo = Enumerable.Range(0, 6).Select(u => launcher.Activities.Message(u, "你好，周报已提交")).ToArray();
        report.Turns.Add(await turns.RunAsync("Reference echo (botbuilder JS)", reference.Bot, launcher.Activities, i => echo[i % echo.Length]));
        report.ConnectorUnauthorized += server.Connector.Unauthorized;
    }
}

if (settings.Runs("startup"))
{
    Console.WriteLine("Startup and idle memory");
    var runs = settings.Quick ? 1 : 3;
    for (var i = 0; i < runs; i++)
    {
        var store = BenchStore.Sqlite(Path.Combine(settings.WorkFolder, $"startup-{i}.db"));
        await using (var bot = new StartedBotScope(await launcher.StartOpsRhythmAsync(store, null, $"startup-{i}")))
        {
            report.Startups.Add(await Checks.IdleAsync("OpsRhythm (SQLite)", bot.Bot));
        }

        if (Environment.GetEnvironmentVariable("BENCH_SKIP_REFERENCE") is not "1")
        {
            await using (var reference = new StartedBotScope(await launcher.StartReferenceAsync($"startup-reference-{i}")))
            {
                report.Startups.Add(await Checks.IdleAsync("Reference echo", reference.Bot));
            }
        }
    }
}

if (settings.Runs("fanout"))
{
    Console.WriteLine("Proactive fan-out");
    var fanout = new FanoutBench(settings, server, launcher);
    report.Fanouts.Add(await fanout.RunAsync(BenchStore.Sqlite(Path.Combine(settings.WorkFolder, "fanout.db")), killMidway: false));
    report.Fanouts.Add(await fanout.RunAsync(BenchStore.Sqlite(Path.Combine(settings.WorkFolder, "fanout-kill.db")), killMidway: true));
}

if (settings.Parts.Contains("instances"))
{
    // Not in the default set: it needs the Cosmos DB-compatible server and takes 10,000 / 50 s at least.
    Console.WriteLine("Several instances on one store");
    if (settings.CosmosEndpoint is not { } endpoint || settings.CosmosCertificate is not { } certificate)
    {
        throw new ArgumentException("--only instances needs the Cosmos DB-compatible server (run without --no-cosmos).");
    }

    var instances = new InstancesBench(settings, server, launcher, new FanoutBench(settings, server, launcher));
    var run = await instances.RunAsync(BenchStore.Cosmos(endpoint, certificate, "bench-" + Guid.NewGuid().ToString("N")[..8]), 3, settings.InstancesMessages);
    var line = string.Create(CultureInfo.InvariantCulture, $"| {run.Instances} | {run.Messages:N0} | {run.Delivered:N0} | {run.Lost} | {run.Duplicates} | {run.SustainedRate:0.0}/s ({run.Fraction:0.00} of {run.Limit}/s) | {run.Limited} | {run.Injected} | {run.KilledAfterSeconds:0.0} s | {string.Join(" / ", run.PeakRssMiB.Select(p => p.ToString("0", CultureInfo.InvariantCulture)))} MiB | {string.Join(", ", run.OutboxStates.Select(p => $"{p.Key} {p.Value}"))} | {run.Jobs.Occurrences} ({run.Jobs.RanTwice} twice, {run.Jobs.TakeOvers} taken over) |");
    await File.AppendAllTextAsync(Path.Combine(settings.WorkFolder, "instances.md"), line + Environment.NewLine);
    Console.WriteLine(line);
}

if (settings.Parts.Contains("backlog"))
{
    // Not in the default set: it needs the Cosmos DB-compatible server, and draining 105,000 at 50/s takes 35 minutes.
    Console.WriteLine("The outbox with a company-size backlog");
    if (settings.CosmosEndpoint is not { } endpoint || settings.CosmosCertificate is not { } certificate)
    {
        throw new ArgumentException("--only backlog needs the Cosmos DB-compatible server (run without --no-cosmos).");
    }

    using var stats = new HarnessStats(endpoint, certificate);
    var backlog = new BacklogBench(settings, server, launcher, new FanoutBench(settings, server, launcher));
    var run = await backlog.RunAsync(BenchStore.Cosmos(endpoint, certificate, "bench-" + Guid.NewGuid().ToString("N")[..8]), stats);
    string Kinds(IReadOnlyDictionary<string, double> byKind) => string.Join(", ", byKind.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key} {p.Value:0}")));
    var line = string.Create(CultureInfo.InvariantCulture, $"| {run.Backlog:N0} + {run.Recipients:N0} | {run.Window.TotalMinutes:0.0} min | {run.Delivered:N0} | {run.StillPending:N0} | {run.NotExpanded:N0} | {run.Lost} | {run.Duplicates} | {run.SustainedRate:0.0}/s | {run.IdleRssMiB:0} / {run.PeakRssMiB:0} MiB | {run.IdlePerMinute:0} ({Kinds(run.IdleByKind)}) | {run.DrainingPerMinute:0} ({Kinds(run.DrainingByKind)}) | {MachineInfo.Capture().LoadAverage} |");
    await File.AppendAllTextAsync(Path.Combine(settings.WorkFolder, "backlog.md"), line + Environment.NewLine);
    Console.WriteLine(line);
}

if (settings.Parts.IsSubsetOf(["instances", "backlog"]) && settings.Parts.Count > 0)
{
    // The several-instances and backlog runs alone report to artifacts/bench/*.md and leave the report as it is.
    return;
}

report.Finish(MachineInfo.Capture().LoadAverage);
var previous = File.Exists(settings.ReportPath) ? await File.ReadAllTextAsync(settings.ReportPath) : null;
await File.WriteAllTextAsync(settings.ReportPath, report.Render(previous));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Wrote {settings.ReportPath}"));
