using System.Security.Cryptography;
using System.Text;
using OpsRhythm.Cards.Indicators;
using OpsRhythm.Domain.Indicators;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Planning;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Indicators;

/// <summary>
/// Reads one department's targets of one period for the targets card (two queries in the partition
/// "{dept}:{year}"). The card's version is a digest of the targets' ETags, so a save drawn from an
/// older card, or a Teams retry of one that succeeded, is recognised as stale.
/// </summary>
internal sealed class TargetBoard(IDocumentStore store, IndicatorReader reader)
{
    public async Task<(TargetsView View, IReadOnlyList<StoredDocument<IndicatorTarget>> Stored)> ReadAsync(
        Person actor, OrganisationProfile organisation, string departmentId, Period period, CancellationToken cancellationToken)
    {
        var (catalog, _) = await reader.CatalogAsync(cancellationToken);
        var pk = IndicatorValue.PartitionFor(departmentId, period.Year);
        var periodText = period.ToString();
        var stored = (await reader.TargetsAsync(pk, cancellationToken)).Where(t => t.Value.Period == periodText).ToList();
        var byIndicator = stored.ToDictionary(t => t.Value.IndicatorId, t => t.Value, StringComparer.Ordinal);
        var rows = catalog.Indicators.Where(i => i.Frequency == period.Frequency).Select(i => new TargetRow(i, byIndicator.GetValueOrDefault(i.Id))).ToList();
        var view = new TargetsView(departmentId, period, VersionOf(stored), rows)
        {
            CanEdit = IndicatorAccess.CheckEnterFigures(actor, organisation, departmentId) is null,
            Departments = organisation.Departments.Where(d => IndicatorAccess.MayView(actor, d.Id, organisation)).Select(d => d.Id).ToHashSet(StringComparer.Ordinal),
            NotTaken = await NotTakenAsync(pk, PlanCycle.IdFor(PlanPeriodOf(period)), cancellationToken),
        };
        return (view, stored);
    }

    private static string VersionOf(IEnumerable<StoredDocument<IndicatorTarget>> stored)
    {
        var text = string.Join('\n', stored.Select(t => $"{t.Key.Id}={t.ETag}").Order(StringComparer.Ordinal));
        return "targets-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 8));
    }

    private static PlanPeriod PlanPeriodOf(Period period) => period.Frequency switch
    {
        IndicatorFrequency.Monthly => PlanPeriod.Monthly(period.Year, period.Index),
        IndicatorFrequency.Quarterly => PlanPeriod.Quarterly(period.Year, period.Index),
        _ => PlanPeriod.Annual(period.Year),
    };

    /// <summary>What the latest projected revision of the period's plan could not take over.</summary>
    private async Task<IReadOnlyList<SkippedPlanTarget>> NotTakenAsync(string pk, string cycleId, CancellationToken cancellationToken)
    {
        PlanTargetsApplied? latest = null;
        var query = DocumentQuery.Of<PlanTargetsApplied>().Where("cycleId", cycleId);
        await foreach (var record in store.QueryAsync<PlanTargetsApplied>(StorageContainers.Indicators, pk, query, cancellationToken))
        {
            latest = latest is null || record.Value.Revision > latest.Revision ? record.Value : latest;
        }

        return latest?.Skipped ?? [];
    }
}
