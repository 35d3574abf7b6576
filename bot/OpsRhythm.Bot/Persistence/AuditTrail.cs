using OpsRhythm.Domain.Auditing;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Bot.Persistence;

/// <summary>
/// The one factory of audit events: a decision's workflow events (or a single action) become entries of
/// one entity's trail, with ids unique within the store ("audit:{guid}": entity ids may hold characters a document id may not) and the time of the
/// change. Every feature records its changes through here, so the trail reads the same everywhere.
/// </summary>
internal static class AuditTrail
{
    /// <summary>A decision's events as entries; <paramref name="actionPrefix"/> qualifies actions whose names would collide ("plan." + "submitted").</summary>
    public static IReadOnlyList<AuditEvent> Of(
        string entityType, string entityId, IEnumerable<WorkflowEvent> events, string actorId, DateTimeOffset at, string actionPrefix = "") =>
        [.. events.Select(e => Entry(entityType, entityId, actionPrefix + e.Action, actorId, at) with { Comment = e.Comment, Details = e.Details, OnBehalfOf = e.OnBehalfOf })];

    public static IReadOnlyList<AuditEvent> Of<T>(
        string entityType, string entityId, Decision<T> decision, string actorId, DateTimeOffset at, string actionPrefix = "") =>
        Of(entityType, entityId, decision.Events, actorId, at, actionPrefix);

    /// <summary>One entry for a change no state machine decided (an alert acknowledged, a setting saved).</summary>
    public static IReadOnlyList<AuditEvent> One(string entityType, string entityId, string action, string actorId, DateTimeOffset at, string? comment = null) =>
        [Entry(entityType, entityId, action, actorId, at) with { Comment = comment }];

    /// <summary>
    /// One entry whose id is made from its entity's ("audit:" + entity id), for a change recorded at most once
    /// (a plan revision's targets projected): a second write of it conflicts instead of recording it twice.
    /// </summary>
    public static IReadOnlyList<AuditEvent> Once(
        string entityType, string entityId, string action, string actorId, DateTimeOffset at, IReadOnlyDictionary<string, string> details) =>
        [new AuditEvent("audit:" + entityId, entityType, entityId, action, actorId, at) { Details = details }];

    private static AuditEvent Entry(string entityType, string entityId, string action, string actorId, DateTimeOffset at) =>
        new("audit:" + Guid.NewGuid().ToString("N"), entityType, entityId, action, actorId, at);
}
