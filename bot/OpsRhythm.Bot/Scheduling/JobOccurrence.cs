namespace OpsRhythm.Bot.Scheduling;

/// <summary>
/// The lease of one occurrence of a job (jobs container, pk = job name, id = the occurrence in UTC).
/// Creating it is taking it: the store refuses a second create, so one instance runs the occurrence.
/// </summary>
internal sealed record JobOccurrence(string JobName, DateTimeOffset Occurrence, string Owner, DateTimeOffset StartedAt)
{
    public DateTimeOffset? CompletedAt { get; init; }

    public string? Error { get; init; }

    /// <summary>
    /// Seconds after its last write that the store deletes the lease ("ttl": Cosmos DB's per-item TTL,
    /// the SQLite cleanup job elsewhere). Longer than any catch-up window, so an occurrence whose lease
    /// has gone is never one the scheduler would still run.
    /// </summary>
    public int? Ttl { get; init; }

    public static string IdOf(DateTimeOffset occurrence) =>
        occurrence.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
