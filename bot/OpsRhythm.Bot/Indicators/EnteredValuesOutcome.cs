using OpsRhythm.Bot.Delivery;
using OpsRhythm.Domain.Auditing;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Indicators;

/// <summary>What a check adds to the values' batch: documents of the same partition, their messages and audit entries, and how many alerts they raise.</summary>
internal sealed record EnteredValuesOutcome(IReadOnlyList<BatchOperation> Operations, IReadOnlyList<OutboxMessage> Messages, IReadOnlyList<AuditEvent> Audit, int Alerts)
{
    public static EnteredValuesOutcome None { get; } = new([], [], [], 0);
}
