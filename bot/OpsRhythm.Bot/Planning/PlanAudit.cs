using OpsRhythm.Domain.Auditing;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Bot.Planning;

/// <summary>Turns a decision's workflow events into audit events ("plan.submitted"...) of one entity.</summary>
public static class PlanAudit
{
    public static IReadOnlyList<AuditEvent> Of<T>(Decision<T> decision, string entityType, string entityId, string actorId, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return decision.Events
            .Select(e => new AuditEvent($"audit:{entityId}:{Guid.NewGuid():N}", entityType, entityId, "plan." + e.Action, actorId, at)
            {
                Comment = e.Comment,
                Details = e.Details,
            })
            .ToList();
    }
}
