using OpsRhythm.Domain.Auditing;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Bot.Meetings;

/// <summary>Audit events of a meetings decision, written in the meeting's partition with the change.</summary>
internal static class MeetingAudit
{
    /// <summary>The organisation sync changes attendees with no person acting.</summary>
    public const string SystemActor = "system";

    public static AuditEvent[] Of(IReadOnlyList<WorkflowEvent> events, string entityType, string entityId, string actorPersonId, DateTimeOffset now) =>
        [.. events.Select(e => new AuditEvent("audit:" + Guid.NewGuid().ToString("N"), entityType, entityId, e.Action, actorPersonId, now) { Comment = e.Comment, Details = e.Details })];
}
