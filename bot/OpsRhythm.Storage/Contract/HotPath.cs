namespace OpsRhythm.Storage.Contract;

/// <summary>
/// Marks the current async flow as a user's turn or page load. A cross-partition query
/// (<see cref="IDocumentStore.QueryAcrossPartitionsAsync"/>) inside it is a design error: the stores
/// log it (event 3003 on Cosmos DB) and, when configured to (tests, staging), throw
/// <see cref="CrossPartitionOnHotPathException"/>.
/// </summary>
public static class HotPath
{
    private static readonly AsyncLocal<string?> Scope = new();

    /// <summary>The user path the flow is on ("turn", "dashboard"...), or null in background work.</summary>
    public static string? Current => Scope.Value;

    public static IDisposable Enter(string name)
    {
        var previous = Scope.Value;
        Scope.Value = name;
        return new Exit(previous);
    }

    /// <summary>Throws when a cross-partition query of <paramref name="container"/> runs on a user path and <paramref name="fail"/> is set; returns the path otherwise.</summary>
    public static string? Check(string container, string documentType, bool fail)
    {
        if (Current is { } path && fail)
        {
            throw new CrossPartitionOnHotPathException(path, container, documentType);
        }

        return Current;
    }

    private sealed class Exit(string? previous) : IDisposable
    {
        public void Dispose() => Scope.Value = previous;
    }
}
