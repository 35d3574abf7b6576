using System.Globalization;
using OpsRhythm.Bot.Delivery;
using OpsRhythm.Bot.Indicators;
using OpsRhythm.Bot.Organisation.Languages;
using OpsRhythm.Bot.Persistence;
using OpsRhythm.Domain.Auditing;
using OpsRhythm.Domain.Risks;
using OpsRhythm.Domain.Workflow;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Risks;

/// <summary>
/// The early warning as part of saving actual values: each alert <see cref="EarlyWarningCheck"/> raises is
/// written in the values' batch with its messages and an "alert-raised" audit entry, so an alert is never
/// lost nor doubled when the batch is retried.
/// </summary>
internal sealed class EarlyWarningOnEntry(EarlyWarningCheck check, IPersonLanguages languages) : IEnteredValuesCheck
{
    public async Task<EnteredValuesOutcome> CheckAsync(EnteredValues entered, CancellationToken cancellationToken)
    {
        var operations = new List<BatchOperation>();
        var messages = new List<OutboxMessage>();
        var audit = new List<AuditEvent>();
        var raised = await check.CheckAsync(entered.DepartmentId, entered.Year, entered.Rows, entered.EarlierValues, entered.Now, cancellationToken);
        var readers = raised.Count == 0 ? null : await languages.ForAsync(entered.Organisation, cancellationToken);
        foreach (var (alert, risk, indicator) in raised)
        {
            operations.Add(BatchOperation.Create(alert.Id, alert));
            messages.AddRange(AlertMessages.For(alert, risk, indicator, readers!, entered.Organisation, entered.Now));
            var details = new Dictionary<string, string>
            {
                ["risk"] = risk.Id,
                ["level"] = alert.Crossing.Level.ToString(),
                ["value"] = alert.Crossing.Value.ToString(CultureInfo.InvariantCulture),
                ["threshold"] = alert.Crossing.Threshold.ToString(CultureInfo.InvariantCulture),
            };
            audit.AddRange(AuditTrail.Of(nameof(RiskAlert), alert.Id, [new WorkflowEvent("alert-raised") { Details = details }], entered.Actor.Id, entered.Now));
        }

        return new EnteredValuesOutcome(operations, messages, audit, raised.Count);
    }
}
