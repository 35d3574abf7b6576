namespace OpsRhythm.Domain.Workflow;

/// <summary>
/// Something that happened to an aggregate: "submitted", "returned", "approved"... It becomes an
/// audit event and decides which notifications are queued with the same write.
/// </summary>
public sealed record WorkflowEvent(string Action)
{
    public string? Comment { get; init; }

    /// <summary>Whom the actor acted for as their stand-in; recorded on the audit entry.</summary>
    public string? OnBehalfOf { get; init; }

    public IReadOnlyDictionary<string, string> Details { get; init; } = new Dictionary<string, string>();
}
