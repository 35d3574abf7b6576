namespace OpsRhythm.UnitTests.Architecture;

/// <summary>
/// The bot's features sit on its platform and never on each other in a circle: a change inside one
/// feature cannot need a change in another that needs the first. See docs/architecture.md, "Layers".
/// </summary>
public sealed class FeatureDependencyTests
{
    /// <summary>The policy's features: each may use the platform and features below it, never in a cycle.</summary>
    private static readonly string[] Features = ["Planning", "WeeklyStatus", "Meetings", "Indicators", "Risks", "Improvement", "Resources", "ExternalCommunication", "Dashboard", "Extension"];

    /// <summary>What every feature builds on: hosting, the store, delivery, Graph, jobs, the organisation and turns.</summary>
    private static readonly string[] Platform = ["Hosting", "Messaging", "Persistence", "Delivery", "Graph", "Scheduling", "Organisation", "Turns"];

    /// <summary>
    /// Mutual references inside the platform that are known and accepted, with why. A new one fails the test.
    /// </summary>
    private static readonly Dictionary<string, string> KnownPlatformPairs = new(StringComparer.Ordinal)
    {
        ["Delivery|Persistence"] = "the change writer commits outbox messages with the state; installing the app for a person records it with its notice through the change writer",
        ["Organisation|Turns"] = "the organisation's setup and maintenance cards are card verbs; turns resolve people in the organisation",
    };

    private static readonly NamespaceGraph Graph = NamespaceGraph.OfBot();

    [Fact]
    public void EveryNamespaceIsEitherAFeatureOrPlatform()
    {
        var unknown = Graph.Edges.Keys.Except(Features).Except(Platform).ToList();

        Assert.True(unknown.Count == 0, $"Say in FeatureDependencyTests whether these are features or platform: {string.Join(", ", unknown)}");
    }

    [Fact]
    public void NoFeatureIsPartOfACycle()
    {
        var cycles = Graph.Cycles().Where(c => c.Intersect(Features).Any()).ToList();

        Assert.True(cycles.Count == 0, "Namespace cycles through features: " + string.Join("; ", cycles.Select(Describe)));
    }

    [Fact]
    public void ThePlatformNeverUsesAFeature()
    {
        var uses = Platform.SelectMany(p => Features.Where(f => Graph.Uses(p, f)).Select(f => $"{p} -> {f} ({string.Join(", ", Graph.Edges[p][f])})")).ToList();

        Assert.True(uses.Count == 0, "Platform code using a feature: " + string.Join("; ", uses));
    }

    [Fact]
    public void NoTwoNamespacesUseEachOther_ButTheKnownPlatformPairs()
    {
        var names = Graph.Edges.Keys.Order(StringComparer.Ordinal).ToList();
        var pairs = names.SelectMany(a => names.Where(b => string.CompareOrdinal(a, b) < 0 && Graph.Uses(a, b) && Graph.Uses(b, a)).Select(b => $"{a}|{b}"))
            .Where(pair => !KnownPlatformPairs.ContainsKey(pair))
            .ToList();

        Assert.True(pairs.Count == 0, "Namespaces using each other: " + string.Join("; ", pairs.Select(p => Describe(p.Split('|')))));
    }

    private static string Describe(IReadOnlyList<string> group) =>
        string.Join(" / ", group.SelectMany(a => group.Where(b => Graph.Uses(a, b)).Select(b => $"{a} -> {b} ({string.Join(", ", Graph.Edges[a][b].Take(3))})")));
}
