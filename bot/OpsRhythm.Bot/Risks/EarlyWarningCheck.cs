using OpsRhythm.Domain.Indicators;
using OpsRhythm.Domain.Risks;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Risks;

/// <summary>
/// Judges newly entered values against the open risks of their department that watch those
/// indicators. A value alerts only when it is the latest of its indicator and its step from the state
/// of the earlier values crosses a threshold (see <see cref="EarlyWarning"/>); an alert already raised
/// for the same risk, period and level is never raised again.
/// </summary>
internal sealed class EarlyWarningCheck(IDocumentStore store)
{
    public async Task<IReadOnlyList<(RiskAlert Alert, Risk Risk, Indicator Indicator)>> CheckAsync(
        string departmentId,
        int year,
        IReadOnlyList<IndicatorCsvRow> rows,
        IReadOnlyList<IndicatorValue> earlierValues,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var risks = new List<Risk>();
        await foreach (var r in store.QueryAsync<Risk>(StorageContainers.Risks, departmentId, DocumentQuery.Of<Risk>().Where("status", RiskStatus.Open), cancellationToken))
        {
            if (r.Value.IndicatorLinks.Count > 0)
            {
                risks.Add(r.Value);
            }
        }

        if (risks.Count == 0)
        {
            return [];
        }

        var raised = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var a in store.QueryAsync<RiskAlert>(StorageContainers.Indicators, IndicatorValue.PartitionFor(departmentId, year), DocumentQuery.Of<RiskAlert>(), cancellationToken))
        {
            raised.Add(a.Value.Id);
        }

        // The series is what was stored, overlaid with what this entry writes.
        var series = earlierValues.ToDictionary(v => (v.IndicatorId, v.Period), v => v.Value);
        foreach (var row in rows)
        {
            series[(row.Indicator.Id, row.Period.ToString())] = row.Value;
        }

        var alerts = new List<(RiskAlert, Risk, Indicator)>();
        foreach (var row in rows.OrderBy(r => r.Period))
        {
            var periods = series.Keys.Where(k => k.IndicatorId == row.Indicator.Id && Period.TryParse(k.Period, out _))
                .Select(k => (Period: Period.Parse(k.Period), Value: series[k]))
                .OrderBy(p => p.Period)
                .ToList();
            if (periods.Count > 0 && periods[^1].Period > row.Period)
            {
                continue;
            }

            var before = periods.Where(p => p.Period < row.Period).Select(p => p.Value).ToList();
            foreach (var risk in risks)
            {
                foreach (var link in risk.IndicatorLinks.Where(l => l.IndicatorId == row.Indicator.Id))
                {
                    var state = EarlyWarning.StateAfter(row.Indicator.Direction, link, before);
                    var (_, crossing) = EarlyWarning.Step(row.Indicator.Direction, link, state, row.Value);
                    if (crossing is null)
                    {
                        continue;
                    }

                    var id = RiskAlert.IdFor(risk.Id, row.Indicator.Id, row.Period.ToString(), crossing.Level);
                    if (raised.Add(id))
                    {
                        alerts.Add((new RiskAlert(id, risk.Id, departmentId, row.Indicator.Id, row.Period.ToString(), crossing) { RaisedAt = now }, risk, row.Indicator));
                    }
                }
            }
        }

        return alerts;
    }
}
