namespace OpsRhythm.Domain.Auditing;

/// <summary>
/// One entry of the audit trail: who did what to which entity, when, from which version.
/// Stored in the entity's own partition, in the same atomic write as the change it records.
/// </summary>
public sealed record AuditEvent(
    string Id,
    string EntityType,
    string EntityId,
    string Action,
    string ActorPersonId,
    DateTimeOffset At)
{
    public string? Comment { get; init; }

    /// <summary>Whom the actor acted for as their stand-in (代理人: the department's head, the approver); null when for themselves.</summary>
    public string? OnBehalfOf { get; init; }

    public IReadOnlyDictionary<string, string> Details { get; init; } = new Dictionary<string, string>();
}
