using OpsRhythm.Bot.Delivery;
using OpsRhythm.Domain.Auditing;
using OpsRhythm.Domain.Workflow;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Indicators;

/// <summary>
/// One entry of figures in one "{dept}:{year}" partition, judged and ready to commit: its
/// <see cref="FigureImport"/> record (the document the batch creates) and the event recorded for it, the
/// figures (created, or replaced at the version read) and what the <see cref="IEnteredValuesCheck"/>s add:
/// alerts with their messages and audit entries, and how many alerts were raised.
/// </summary>
internal sealed record FigureBatch(
    DocumentKey Key, FigureImport Import, WorkflowEvent Entered, IReadOnlyList<BatchOperation> Figures, IReadOnlyList<OutboxMessage> Messages, IReadOnlyList<AuditEvent> CheckAudit, int Alerts)
{
    /// <summary>The documents written beside the import record: the figures, then the checks' audit entries.</summary>
    public IReadOnlyList<BatchOperation> Writes => [.. Figures, .. CheckAudit.Select(a => BatchOperation.Create(a.Id, a))];
}
