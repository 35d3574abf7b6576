using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OpsRhythm.Bot.Organisation;
using OpsRhythm.Bot.Turns;
using OpsRhythm.IntegrationTests.Messaging;
using Xunit.Abstractions;

namespace OpsRhythm.IntegrationTests.Resilience;

/// <summary>
/// The access matrix, generated from the running bot's verb registry: every registered verb × every
/// person of the sample organisation × every department that person may not see (the dashboard's scope),
/// with every department-carrying part of the click naming that department. After ordinary use has left
/// data in every department, no answer shows that department's data and nothing of it changes. A new verb
/// is in the matrix the moment it is registered; one whose department the matrix cannot name fails it.
/// </summary>
public sealed class AccessMatrixTests(ITestOutputHelper output)
{
    private static readonly string[] People = ["user-id-0", "user-id-1", "user-id-2", "user-id-3", "user-id-4", "user-id-5"];

    [Fact]
    public async Task EveryVerb_EveryRole_AnotherDepartmentsIds_NoForeignDataAndNoWrite()
    {
        await using var connector = await FakeConnector.StartAsync();
        using var host = new ResilienceHost();
        using var http = host.CreateLoopbackClient();
        var client = new DrillClient(http, connector);
        var organisation = await host.Services.GetRequiredService<IOrganisationDirectory>().GetAsync(CancellationToken.None);
        IReadOnlyDictionary<string, VerbAccess> rules;
        List<string> phrases;
        using (var scope = host.Services.CreateScope())
        {
            rules = scope.ServiceProvider.GetRequiredService<CardActionDispatcher>().Rules;
            phrases = [.. scope.ServiceProvider.GetServices<IChatCommand>().SelectMany(c => c.Phrases).Where(p => !p.StartsWith("act as", StringComparison.Ordinal) && p is not "扮演" and not "以身份" && !p.Contains("恢复", StringComparison.Ordinal))];
        }

        var failures = new List<string>();
        var crawler = new CardCrawler(client, phrases, (_, _) => { });
        await crawler.CrawlAsync(People, clicksPerPerson: 15);
        var before = StoreSnapshot.Read(host.DatabasePath);
        var sent = 0;

        foreach (var (verb, rule) in rules.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            foreach (var teamsId in People)
            {
                var person = organisation.People.Single(p => p.TeamsUserId == teamsId);
                var scope = DepartmentScope.For(person, organisation);
                foreach (var foreign in organisation.Departments.Where(d => !scope.MaySee(d.Id)))
                {
                    var clicks = Clicks(verb, foreign.Id, crawler).ToList();
                    if (rule.DepartmentOf is { } departmentOf && !clicks.Any(c => departmentOf(Request(verb, c)) == foreign.Id))
                    {
                        failures.Add($"{verb}: the matrix cannot build a click naming a department; teach {nameof(Clicks)} its key");
                    }

                    foreach (var data in clicks)
                    {
                        var answer = await client.PostAsync(client.Invoke(teamsId, verb, JsonNode.Parse(JsonSerializer.Serialize(data)), "zh-CN", "matrix-" + teamsId));
                        sent++;
                        // Data comes back on cards; refusal texts name roles ("only the ops office…"), not data.
                        var shown = string.Join('\n', answer.Cards.Select(c => c.GetRawText()));
                        var what = $"{verb} as {person.Id} on {foreign.Id} ({string.Join(", ", data.Select(d => d.Key + "=" + d.Value))})";
                        if (answer.HttpStatus >= 500 || answer.InvokeStatus >= 500)
                        {
                            failures.Add($"{answer.HttpStatus}/{answer.InvokeStatus}: {what}");
                        }

                        if (rule.DepartmentOf?.Invoke(Request(verb, data)) == foreign.Id && answer.InvokeStatus is not (403 or 404))
                        {
                            failures.Add($"answered {answer.InvokeStatus} instead of refusing: {what}");
                        }

                        if (rule.DepartmentOf is not null && (shown.Contains(foreign.Name.ZhCn, StringComparison.Ordinal) || shown.Contains(foreign.Name.EnUs, StringComparison.Ordinal)))
                        {
                            failures.Add($"shows {foreign.Id}'s data: {what}");
                        }
                    }
                }
            }
        }

        var changes = StoreSnapshot.Read(host.DatabasePath).ChangesSince(before)
            .Where(c => c.Type is not "ConversationRecord")
            .Where(c => organisation.Departments.Any(d => c.Key.PartitionKey.StartsWith(d.Id, StringComparison.Ordinal) || (c.After ?? c.Before)!.Body.Contains($"\"departmentId\":\"{d.Id}\"", StringComparison.Ordinal)))
            .Select(c => $"{c.Key} ({c.Type}) changed")
            .ToList();
        output.WriteLine($"{rules.Count} verbs, {sent} clicks, {crawler.Seen.Count} buttons seen while crawling, {before.Documents.Count} documents");
        Assert.True(sent > rules.Count, "the matrix sent almost nothing");
        Assert.True(failures.Count == 0, string.Join('\n', failures.Distinct().Take(40)));
        Assert.True(changes.Count == 0, "department data changed:\n" + string.Join('\n', changes.Take(40)));
    }

    /// <summary>
    /// Clicks naming <paramref name="department"/> in every way a card names one: each button of this verb
    /// seen while crawling, re-aimed at the department, and synthetic ids of each entity-id shape.
    /// </summary>
    private static IEnumerable<Dictionary<string, string>> Clicks(string verb, string department, CardCrawler crawler)
    {
        var ids = new[] { department, $"2026-M12/{department}", $"2026/{department}", $"2026-W48|{department}", $"{department}|2026-M12", $"{department}|2026" };
        foreach (var id in ids)
        {
            yield return Aimed(new Dictionary<string, string>(StringComparer.Ordinal) { ["verb"] = verb, ["id"] = id, ["v"] = "stale" }, department);
        }

        foreach (var (_, button) in crawler.Seen.Where(s => s.Button.Verb == verb).DistinctBy(s => s.Button.Data.ToJsonString()).Take(3))
        {
            var data = button.Data.AsObject().ToDictionary(p => p.Key, p => p.Value is JsonValue v && v.TryGetValue<string>(out var s) ? s : p.Value?.ToJsonString() ?? string.Empty, StringComparer.Ordinal);
            if (data.TryGetValue("id", out var id))
            {
                data["id"] = id.Contains('/', StringComparison.Ordinal) ? id[..(id.IndexOf('/', StringComparison.Ordinal) + 1)] + department
                    : id.Contains('|', StringComparison.Ordinal) ? Reaim(id, department)
                    : id;
            }

            yield return Aimed(data, department);
        }
    }

    private static Dictionary<string, string> Aimed(Dictionary<string, string> data, string department)
    {
        data["dept"] = department;
        data["department"] = department;
        data["pk"] = department + ":2026";
        return data;
    }

    /// <summary>"2026-W48|sales" → "2026-W48|hr"; "sales|2026-M12" → "hr|2026-M12".</summary>
    private static string Reaim(string id, string department)
    {
        var parts = id.Split('|');
        return parts[0].Any(char.IsDigit) ? parts[0] + "|" + department : department + "|" + parts[1];
    }

    private static CardActionRequest Request(string verb, Dictionary<string, string> data) => new(verb, data, false);
}
