using System.Globalization;
using OpsRhythm.Bot.Hosting.Telemetry;
using OpsRhythm.Bot.Persistence;
using OpsRhythm.Domain.Auditing;
using OpsRhythm.Domain.Indicators;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Time;
using OpsRhythm.Domain.Workflow;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Indicators;

/// <summary>
/// Writes validated figures, one atomic batch per "{dept}:{year}" partition: the figures (created, or
/// replaced at the version read), the entry's audit event, and for actual values what the
/// <see cref="IEnteredValuesCheck"/>s add (the risks' early-warning alerts with their messages), as
/// <see cref="PrepareAsync"/> judges them. One figure from the entry card is one such batch, committed by the
/// card pipeline (<see cref="FigureSave"/>). A pasted CSV spans partitions and may exceed a batch, so it cannot
/// be one card commit: <see cref="RecordAsync"/> writes it here. A concurrent writer to the same partition makes
/// a batch fail as a whole; it is then re-read and re-judged, so an alert is never lost nor doubled.
/// A partition's rows are written <see cref="RowsPerBatch"/> at a time, so an import of any size stays
/// within a batch's limits; each chunk is complete on its own, and importing the same file again after
/// an interruption rewrites what was written and adds the rest (alerts already raised are not raised again).
/// </summary>
internal sealed class FigureRecorder(ChangeWriter writer, IndicatorReader reader, IEnumerable<IEnteredValuesCheck> checks, OrganisationClock clock)
{
    /// <summary>
    /// Per row at most a figure, an alert and its audit event; with the import record, its audit event
    /// and one spill for the alerts' messages, 25 rows stay under 100 operations.
    /// </summary>
    public const int RowsPerBatch = 25;

    private const int Attempts = 3;

    /// <summary>Saves every row; returns how many figures were saved and how many alerts were raised.</summary>
    public async Task<(int Saved, int Alerts)> RecordAsync(Person actor, OrganisationProfile organisation, FigureKind kind, IReadOnlyList<IndicatorCsvRow> rows, CancellationToken cancellationToken)
    {
        var alerts = 0;
        foreach (var group in rows.GroupBy(r => (r.DepartmentId, r.Period.Year)).SelectMany(g => g.Chunk(RowsPerBatch).Select(chunk => (g.Key, Rows: chunk))))
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    var raised = await RecordPartitionAsync(actor, organisation, kind, group.Key.DepartmentId, group.Key.Year, [.. group.Rows], cancellationToken);
                    BotTelemetry.EarlyWarningsRaised(raised);
                    alerts += raised;
                    break;
                }
                catch (DocumentPreconditionFailedException) when (attempt < Attempts)
                {
                }
                catch (BatchFailedException) when (attempt < Attempts)
                {
                }
            }
        }

        return (rows.Count, alerts);
    }

    /// <summary>Reads what <paramref name="rows"/> of one partition replace and asks the checks; writes nothing.</summary>
    public async Task<FigureBatch> PrepareAsync(
        Person actor, OrganisationProfile organisation, FigureKind kind, string departmentId, int year, IReadOnlyList<IndicatorCsvRow> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(rows);
        var now = clock.UtcNow;
        var pk = IndicatorValue.PartitionFor(departmentId, year);
        var operations = new List<BatchOperation>();
        var messages = new List<Delivery.OutboxMessage>();
        var audit = new List<AuditEvent>();
        var raised = 0;
        if (kind == FigureKind.Value)
        {
            var existing = await reader.ValuesAsync(pk, cancellationToken);
            var etags = existing.ToDictionary(v => v.Key.Id, v => v.ETag, StringComparer.Ordinal);
            foreach (var row in rows)
            {
                var id = IndicatorValue.IdFor(row.Indicator.Id, row.Period.ToString());
                var value = new IndicatorValue(departmentId, row.Indicator.Id, row.Period.ToString(), row.Value) { EnteredBy = actor.Id, EnteredAt = now };
                operations.Add(etags.TryGetValue(id, out var etag) ? BatchOperation.Replace(id, value, etag) : BatchOperation.Create(id, value));
            }

            var lastYear = await reader.ValuesAsync(IndicatorValue.PartitionFor(departmentId, year - 1), cancellationToken);
            var entered = new EnteredValues(actor, organisation, departmentId, year, rows, [.. existing.Concat(lastYear).Select(v => v.Value)], now);
            foreach (var check in checks)
            {
                var outcome = await check.CheckAsync(entered, cancellationToken);
                operations.AddRange(outcome.Operations);
                messages.AddRange(outcome.Messages);
                audit.AddRange(outcome.Audit);
                raised += outcome.Alerts;
            }
        }
        else
        {
            var existing = await reader.TargetsAsync(pk, cancellationToken);
            var current = existing.ToDictionary(t => t.Key.Id, t => t.Value, StringComparer.Ordinal);
            var targets = rows.Select(row => IndicatorTarget.Entered(
                departmentId, row.Indicator.Id, row.Period.ToString(), row.Value, current.GetValueOrDefault(IndicatorTarget.IdFor(row.Indicator.Id, row.Period.ToString())), actor.Id, now));
            operations.AddRange(TargetWrites.Of(targets, [], existing));
        }

        var details = rows.ToDictionary(r => $"{r.Indicator.Id}:{r.Period}", r => r.Value.ToString(CultureInfo.InvariantCulture));
        var entry = new WorkflowEvent(kind == FigureKind.Value ? "values-entered" : "targets-set") { Details = details };
        var importId = "import:" + Guid.NewGuid().ToString("N");
        var import = new FigureImport(importId, departmentId, kind, rows.Count, actor.Id, now);
        return new FigureBatch(new DocumentKey(pk, importId), import, entry, operations, messages, audit, raised);
    }

    private async Task<int> RecordPartitionAsync(Person actor, OrganisationProfile organisation, FigureKind kind, string departmentId, int year, IReadOnlyList<IndicatorCsvRow> rows, CancellationToken cancellationToken)
    {
        var batch = await PrepareAsync(actor, organisation, kind, departmentId, year, rows, cancellationToken);
        var audit = AuditTrail.Of(nameof(FigureImport), batch.Key.Id, [batch.Entered], actor.Id, batch.Import.EnteredAt);
        await writer.CommitAsync(
            new Change<FigureImport>(StorageContainers.Indicators, batch.Key, batch.Import, null) { Audit = [.. audit, .. batch.CheckAudit], Messages = batch.Messages, Also = batch.Figures },
            cancellationToken);
        return batch.Alerts;
    }
}
