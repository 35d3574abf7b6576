using OpsRhythm.Bot.Persistence;
using OpsRhythm.Domain.Auditing;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Bot.Planning;

/// <summary>Planning's actions in the trail are qualified ("plan.submitted"): a cycle and a plan share action names.</summary>
internal static class PlanAudit
{
    public const string ActionPrefix = "plan.";

    public static IReadOnlyList<AuditEvent> Of<T>(Decision<T> decision, string entityType, string entityId, string actorId, DateTimeOffset at) =>
        AuditTrail.Of(entityType, entityId, decision, actorId, at, ActionPrefix);
}
