namespace OpsRhythm.Bot.Scheduling;

/// <summary>
/// The lease of one occurrence of a job (jobs container, pk = job name, id = the occurrence in UTC).
/// Creating it is taking it: the store refuses a second create, so one instance runs the occurrence.
/// </summary>
public sealed record JobOccurrence(string JobName, DateTimeOffset Occurrence, string Owner, DateTimeOffset StartedAt)
{
    public DateTimeOffset? CompletedAt { get; init; }

    public string? Error { get; init; }

    public static string IdOf(DateTimeOffset occurrence) =>
        occurrence.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
