using System.Text.RegularExpressions;

namespace OpsRhythm.UnitTests.Architecture;

/// <summary>
/// Which top-level namespaces of the bot (OpsRhythm.Bot.Planning, .Delivery...) each one uses, read from
/// the sources: `using` lines and qualified names. Registration files (*Registration.cs) and Program.cs are
/// the composition root, which wires every feature and may name any of them.
/// </summary>
internal sealed partial class NamespaceGraph
{
    private NamespaceGraph(Dictionary<string, Dictionary<string, List<string>>> edges) => Edges = edges;

    /// <summary>From a namespace to each namespace it uses, with the files that use it.</summary>
    public Dictionary<string, Dictionary<string, List<string>>> Edges { get; }

    public static NamespaceGraph OfBot()
    {
        var root = Path.Combine(RepositoryRoot(), "bot", "OpsRhythm.Bot");
        var edges = new Dictionary<string, Dictionary<string, List<string>>>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            if (relative.StartsWith("obj/", StringComparison.Ordinal) || relative.StartsWith("bin/", StringComparison.Ordinal)
                || relative.EndsWith("Registration.cs", StringComparison.Ordinal))
            {
                continue;
            }

            var source = File.ReadAllText(file);
            if (DeclaredNamespace().Match(source) is not { Success: true } declared)
            {
                continue;
            }

            var from = declared.Groups[1].Value;
            foreach (var used in UsedNamespace().Matches(source).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal).Where(n => n != from))
            {
                var targets = edges.TryGetValue(from, out var found) ? found : edges[from] = new(StringComparer.Ordinal);
                (targets.TryGetValue(used, out var files) ? files : targets[used] = []).Add(relative);
            }
        }

        return new NamespaceGraph(edges);
    }

    public bool Uses(string from, string to) => Edges.TryGetValue(from, out var targets) && targets.ContainsKey(to);

    /// <summary>The groups of namespaces that reach each other (strongly connected, more than one member).</summary>
    public IReadOnlyList<IReadOnlyList<string>> Cycles()
    {
        var nodes = Edges.Keys.Concat(Edges.Values.SelectMany(t => t.Keys)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var reach = nodes.ToDictionary(n => n, Reachable, StringComparer.Ordinal);
        return [.. nodes
            .Select(n => (IReadOnlyList<string>)[.. nodes.Where(m => m == n || (reach[n].Contains(m) && reach[m].Contains(n)))])
            .Where(group => group.Count > 1)
            .DistinctBy(group => string.Join(",", group))];
    }

    private HashSet<string> Reachable(string start)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>([start]);
        while (queue.TryDequeue(out var node))
        {
            foreach (var next in Edges.TryGetValue(node, out var targets) ? targets.Keys : Enumerable.Empty<string>())
            {
                if (seen.Add(next))
                {
                    queue.Enqueue(next);
                }
            }
        }

        return seen;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OpsRhythm.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No OpsRhythm.slnx above {AppContext.BaseDirectory}.");
    }

    [GeneratedRegex(@"^namespace OpsRhythm\.Bot\.(\w+)", RegexOptions.Multiline)]
    private static partial Regex DeclaredNamespace();

    [GeneratedRegex(@"\bOpsRhythm\.Bot\.(\w+)")]
    private static partial Regex UsedNamespace();
}
