namespace OpsRhythm.Storage.Contract;

/// <summary>
/// Sees every query either store is asked to run (single-partition and across partitions), after it is
/// validated and before it is sent. Unset in the bot; the integration tests set it to record the queries
/// their flows issue and to fail any that filters or sorts on a path infra/ does not index (Cosmos DB
/// refuses such an ORDER BY and scans the partition for such a filter).
/// </summary>
public static class IssuedQueries
{
    /// <summary>Called once per query; an exception it throws fails the query.</summary>
    public static Action<DocumentQuery>? Observer { get; set; }
}
