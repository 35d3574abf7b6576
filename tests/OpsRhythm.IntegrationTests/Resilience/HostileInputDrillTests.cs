using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using OpsRhythm.Bot.Turns;
using OpsRhythm.IntegrationTests.Messaging;
using Xunit.Abstractions;

namespace OpsRhythm.IntegrationTests.Resilience;

/// <summary>
/// Drill: 10,000 malformed or hostile requests against the real host, after every person of the sample
/// organisation has left data through ordinary use. Every answer is a 4xx or a card error (no 5xx, no
/// turn failing on a bug), hostile text on cards is shown as text, and the sales head (the actor) never
/// changes another department's data. OPSRHYTHM_DRILL_SEED replays another seed.
/// </summary>
public sealed partial class HostileInputDrillTests(ITestOutputHelper output)
{
    private const int DefaultSeed = 20261126;
    private const int Inputs = 10_000;

    /// <summary>The people whose hostile clicks are sent in turn (half the inputs each): two heads, so each is judged on the other's data too.</summary>
    private static readonly DrillActor[] Actors = [new("user-id-1", "li-qiang", "sales"), new("user-id-2", "zhang-wei", "production")];

    private static readonly string[] People = ["user-id-0", "user-id-1", "user-id-2", "user-id-3", "user-id-4", "user-id-5"];

    [Fact]
    public async Task HostileInputs_TenThousandAcrossEveryVerbAndCommand_NeverServerErrorNorAnotherDepartmentsData()
    {
        var seed = Environment.GetEnvironmentVariable("OPSRHYTHM_DRILL_SEED") is { Length: > 0 } s ? int.Parse(s, CultureInfo.InvariantCulture) : DefaultSeed;
        await using var connector = await FakeConnector.StartAsync();
        using var host = new ResilienceHost();
        using var http = host.CreateLoopbackClient();
        var client = new DrillClient(http, connector);
        var (verbs, phrases) = Registered(host.Services);
        var failures = new List<string>();
        var check = Checker(host, failures);

        var crawler = new CardCrawler(client, phrases.Where(p => !IsActAs(p)).ToList(), check);
        await crawler.CrawlAsync(People, clicksPerPerson: 40);
        await crawler.CrawlAsync(People, clicksPerPerson: 20);
        var crawled = StoreSnapshot.Read(host.DatabasePath);
        Assert.True(crawler.Seen.Count > 0, "Crawling found no buttons:\n" + string.Join('\n', failures.Take(25)) + string.Join('\n', crawler.Log.Take(10)));

        // "act as" (local runs only) would make the actor someone else; it is sent with hostile arguments only.
        var answered = new Dictionary<string, int>(StringComparer.Ordinal);
        var foreign = new List<string>();
        var verbsSent = new HashSet<string>(StringComparer.Ordinal);
        var phrasesSent = new HashSet<string>(StringComparer.Ordinal);
        var changedCount = 0;
        foreach (var actor in Actors)
        {
            var before = StoreSnapshot.Read(host.DatabasePath);
            var turns = new HostileTurns(seed + Array.IndexOf(Actors, actor), client, actor.TeamsId, verbs, phrases, crawler.Seen);
            await SendAsync(client, turns, Inputs / Actors.Length, check, failures, answered);
            verbsSent.UnionWith(turns.VerbsSent);
            phrasesSent.UnionWith(turns.PhrasesSent);
            var changes = StoreSnapshot.Read(host.DatabasePath).ChangesSince(before);
            changedCount += changes.Count;
            foreign.AddRange(changes.Where(c => !MayChange(c, actor)).Select(c => $"{actor.Person}: {c.Key} ({c.Type}) {(c.Before is null ? "created" : c.After is null ? "deleted" : "changed")}: {Preview(c.After?.Body ?? c.Before!.Body, 2500)}{(c.Before is not null && c.After is not null ? " ← was " + Preview(c.Before.Body, 2500) : string.Empty)}"));
        }

        output.WriteLine($"seed {seed}; {crawler.Seen.Count} buttons seen while crawling; {crawled.Documents.Count} documents before, {changedCount} changed");
        foreach (var (key, count) in answered.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"{key}: {count}");
        }

        foreach (var line in failures.Concat(foreign))
        {
            output.WriteLine("FAIL " + Preview(line.ReplaceLineEndings(" "), 2500));
        }

        Assert.True(failures.Count == 0, $"{failures.Count} answers failed (seed {seed}):\n" + string.Join('\n', failures.Take(25)));
        Assert.True(foreign.Count == 0, $"an actor changed data that is not theirs (seed {seed}):\n" + string.Join('\n', foreign.Take(25)));
        Assert.Empty(verbs.Except(verbsSent));
        Assert.Empty(phrases.Except(phrasesSent));
    }

    private static async Task SendAsync(DrillClient client, HostileTurns turns, int count, Action<string, DrillAnswer> check, List<string> failures, Dictionary<string, int> answered)
    {
        foreach (var turn in turns.Take(count))
        {
            var answer = await client.PostBytesAsync(turn.Body, turn.ContentType);
            check($"{turn.Kind}: {turn.Description}", answer);
            if (turn.Kind == "stranger" && answer.InvokeStatus != 403)
            {
                failures.Add($"someone outside the organisation got {answer.HttpStatus}/{answer.InvokeStatus}: {turn.Description}");
            }

            var key = $"{turn.Kind} → {answer.HttpStatus}{(answer.InvokeStatus is { } status ? "/" + status : string.Empty)}";
            answered[key] = answered.GetValueOrDefault(key) + 1;
        }
    }

    private static (IReadOnlyList<string> Verbs, IReadOnlyList<string> Phrases) Registered(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        var verbs = scope.ServiceProvider.GetServices<ICardActionHandler>().SelectMany(h => h.Verbs).Order(StringComparer.Ordinal).ToList();
        var phrases = scope.ServiceProvider.GetServices<IChatCommand>().SelectMany(c => c.Phrases).Order(StringComparer.Ordinal).ToList();
        return (verbs, phrases);
    }

    private static bool IsActAs(string phrase) => phrase is "act as" or "扮演" or "以身份" or "act as me" || phrase.Contains("恢复", StringComparison.Ordinal);

    /// <summary>
    /// The actor may change their own department's documents and create their own (a suggestion they
    /// propose). Conversation references are every sender's; audit events and outbox messages are only
    /// ever written in the same batch as the change they describe, which is judged itself; so are the
    /// outbox's pending marker of that partition (re-written by every change that queues a message) and fan-outs.
    /// </summary>
    private static bool MayChange(StoredChange change, DrillActor actor)
    {
        if (change.Type is "ConversationRecord" or "OutboxPending"
            || (change.Before is null && change.Type is "AuditEvent" or "OutboxMessage" or "OutboxFanOut" or "OutboxFanOutCursor"))
        {
            return true;
        }

        if (change.Type == "RememberedLanguages")
        {
            // Everyone's typed language shares one document: a turn may change its actor's entry, no other.
            return OthersLanguages(change.Before, actor.Person).SequenceEqual(OthersLanguages(change.After, actor.Person), StringComparer.Ordinal);
        }

        if (change.Type == "RedesignProject" && change.Before is not null && change.After is not null)
        {
            // A redesign step's owner completes their own step (R-2.2): only steps the actor owns may differ.
            return OnlyOwnStepsDiffer(change.Before, change.After, actor.Person);
        }

        using var document = JsonDocument.Parse(change.After?.Body ?? change.Before!.Body);
        var departments = DepartmentsOf(document.RootElement).ToList();
        if (departments.Count > 0)
        {
            return departments.All(d => d == actor.Department);
        }

        var createdByActor = change.Before is null && document.RootElement.EnumerateObject()
            .Any(p => p.Name.EndsWith("PersonId", StringComparison.Ordinal) && p.Value.ValueKind == JsonValueKind.String && p.Value.GetString() == actor.Person);
        return createdByActor
            || change.Key.PartitionKey.Contains(actor.Department, StringComparison.Ordinal)
            || change.Key.Id.Contains(actor.Department, StringComparison.Ordinal);
    }

    private static bool OnlyOwnStepsDiffer(StoredRow before, StoredRow after, string person)
    {
        using var was = JsonDocument.Parse(before.Body);
        using var now = JsonDocument.Parse(after.Body);
        var wasSteps = was.RootElement.GetProperty("steps").EnumerateArray().ToList();
        var nowSteps = now.RootElement.GetProperty("steps").EnumerateArray().ToList();
        if (wasSteps.Count != nowSteps.Count || !SameExcept(was.RootElement, now.RootElement, "steps", "evaluations", "currentStep", "isDone", "_etag", "_ts"))
        {
            return false;
        }

        // A department concerned adds or replaces its own assessment of the solution (R-2.3), no other's.
        var wasEvaluations = Evaluations(was.RootElement).Select(e => e.GetRawText()).ToHashSet(StringComparer.Ordinal);
        var changedEvaluations = Evaluations(now.RootElement).Where(e => !wasEvaluations.Contains(e.GetRawText()));
        if (changedEvaluations.Any(e => e.GetProperty("byPersonId").GetString() != person))
        {
            return false;
        }

        return wasSteps.Zip(nowSteps).All(pair => pair.First.GetRawText() == pair.Second.GetRawText()
            || (pair.First.TryGetProperty("ownerPersonId", out var owner) && owner.GetString() == person));
    }

    private static List<JsonElement> Evaluations(JsonElement project) =>
        project.TryGetProperty("evaluations", out var list) ? [.. list.EnumerateArray()] : [];

    private static bool SameExcept(JsonElement before, JsonElement after, params string[] ignored)
    {
        static Dictionary<string, string> Fields(JsonElement element, string[] ignored) =>
            element.EnumerateObject().Where(p => !ignored.Contains(p.Name)).ToDictionary(p => p.Name, p => p.Value.GetRawText(), StringComparer.Ordinal);
        var (a, b) = (Fields(before, ignored), Fields(after, ignored));
        return a.Count == b.Count && a.All(p => b.TryGetValue(p.Key, out var value) && value == p.Value);
    }

    private static List<string> OthersLanguages(StoredRow? row, string person)
    {
        if (row is null)
        {
            return [];
        }

        using var document = JsonDocument.Parse(row.Body);
        return [.. document.RootElement.GetProperty("byPerson").EnumerateObject()
            .Where(p => p.Name != person)
            .Select(p => p.Name + "=" + p.Value.GetString())
            .Order(StringComparer.Ordinal)];
    }

    private static IEnumerable<string> DepartmentsOf(JsonElement document) =>
        new[] { "departmentId", "department" }
            .Where(name => document.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String)
            .Select(name => document.GetProperty(name).GetString()!);

    private static Action<string, DrillAnswer> Checker(ResilienceHost host, List<string> failures) => (description, answer) =>
    {
        if (answer.HttpStatus >= 500 || answer.InvokeStatus >= 500)
        {
            failures.Add($"{answer.HttpStatus}/{answer.InvokeStatus} {answer.InvokeMessage}: {description}");
        }

        if (answer.Invoke is { } invoke && System.Text.Encoding.UTF8.GetByteCount(invoke.GetRawText()) > 40 * 1024)
        {
            failures.Add($"invoke answer of {System.Text.Encoding.UTF8.GetByteCount(invoke.GetRawText())} bytes: {description}");
        }

        while (host.Errors.TryDequeue(out var error))
        {
            failures.Add($"logged {Preview(error, 600)} ← {description}");
        }

        foreach (var card in answer.Cards)
        {
            var raw = card.GetRawText();
            if (System.Text.Encoding.UTF8.GetByteCount(raw) > OpsRhythm.Cards.Model.CardJson.MaxCardBytes)
            {
                failures.Add($"card of {System.Text.Encoding.UTF8.GetByteCount(raw)} bytes, over Teams' limit: {description}");
            }

            if (raw.Contains("\"$data\"", StringComparison.Ordinal) || raw.Contains("\"url\":\"https://evil.example", StringComparison.Ordinal))
            {
                failures.Add($"card binds or links hostile data: {description}");
            }

            if (CardButton.ShownTexts(card).FirstOrDefault(LiveLink().IsMatch) is { } shown)
            {
                failures.Add($"card shows a live markdown link '{Preview(shown)}': {description}");
            }
        }
    };

    /// <summary>"](" not escaped: Teams would render a link or an image.</summary>
    [GeneratedRegex(@"(?<!\\)\]\(", RegexOptions.CultureInvariant)]
    private static partial Regex LiveLink();

    private static string Preview(string text, int length = 300) => text.Length > length ? text[..length] + "…" : text;
}
