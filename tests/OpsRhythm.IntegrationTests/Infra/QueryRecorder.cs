using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.IntegrationTests.Infra;

/// <summary>
/// Records the shape of every query the bot's code makes either store run during the integration tests
/// (type, filtered and ordered properties; values left out; a test's own reads are left out) and fails, at the store, any query on a path infra/ does not
/// index, so the test that issued it fails. The shapes are written to
/// artifacts/test-output/issued-queries.txt when the test process ends.
/// </summary>
public static class QueryRecorder
{
    private static readonly ConcurrentDictionary<string, byte> Shapes = new(StringComparer.Ordinal);
    private static readonly ConcurrentQueue<string> Unindexed = new();
    private static readonly System.Reflection.Assembly BotAssembly = typeof(Bot.Persistence.ChangeWriter).Assembly;

    public static IReadOnlyCollection<string> Recorded => [.. Shapes.Keys];

    /// <summary>Queries refused for an unindexed path (also those a caller caught and swallowed).</summary>
    public static IReadOnlyCollection<string> Refused => [.. Unindexed];

    /// <summary>Paths of <paramref name="query"/> that infra/ does not index.</summary>
    public static IReadOnlyList<string> MissingPaths(DocumentQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return [.. query.Filters.Select(f => f.Property).Concat(query.OrderBy is { } order ? [order] : [])
            .Select(IndexedPaths.Of).Where(path => !IndexedPaths.All.Contains(path)).Distinct(StringComparer.Ordinal)];
    }

    // A test assembly, not a library: the recorder must see the first query of the first test.
#pragma warning disable CA2255
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Install()
    {
        IssuedQueries.Observer = Observe;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Write();
    }

    private static void Observe(DocumentQuery query)
    {
        if (!IssuedByTheBot())
        {
            // A test reading what a flow wrote (e.g. audit events by action) is not the product's query.
            return;
        }

        var shape = $"{query.DocumentType}: where [{string.Join(", ", query.Filters.Select(f => f.Property))}]" +
            (query.OrderBy is { } order ? $" order by {order}{(query.Descending ? " desc" : string.Empty)}" : string.Empty) +
            (query.Limit is { } limit ? $" top {limit}" : string.Empty);
        Shapes.TryAdd(shape, 0);
        var missing = MissingPaths(query);
        if (missing.Count > 0)
        {
            var message = $"Query {shape} uses {string.Join(", ", missing)}, which infra/main.bicep's queriedPaths does not index: add it there.";
            Unindexed.Enqueue(message);
            throw new InvalidOperationException(message);
        }
    }

    /// <summary>A frame of the bot's own code (not a store or a decorator of one) called the store.</summary>
    private static bool IssuedByTheBot() =>
        new StackTrace(2, fNeedFileInfo: false).GetFrames().Any(frame =>
            frame.GetMethod()?.DeclaringType is { } type && Outer(type) is var outer
            && outer.Assembly == BotAssembly && !typeof(IDocumentStore).IsAssignableFrom(outer));

    /// <summary>The type a compiler-generated state machine or closure belongs to.</summary>
    private static Type Outer(Type type)
    {
        while (type.DeclaringType is { } declaring && type.Name.StartsWith('<'))
        {
            type = declaring;
        }

        return type;
    }

    private static void Write()
    {
        try
        {
            var folder = Path.Combine(BicepTests.CompiledTemplate.RepositoryRoot(), "artifacts", "test-output");
            Directory.CreateDirectory(folder);
            var file = Path.Combine(folder, "issued-queries.txt");
            var lines = (File.Exists(file) ? File.ReadAllLines(file) : []).Concat(Shapes.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
            File.WriteAllLines(file, lines);
        }
        catch (IOException)
        {
            // A record for people to read; never a reason for the run to fail.
        }
    }
}
