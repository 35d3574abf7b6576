using OpsRhythm.Domain.Indicators;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Indicators;

/// <summary>
/// Reads of the indicators container: the catalog (a point read), and one department's figures for
/// a few years (one single-partition query per year and type) with the benchmarks.
/// </summary>
internal sealed class IndicatorReader(IDocumentStore store)
{
    private static readonly DocumentKey CatalogKey = new(IndicatorCatalog.PartitionKey, IndicatorCatalog.DocumentId);

    /// <summary>The catalog and its ETag; the policy's seed (ETag null) until the ops office first edits it.</summary>
    public async Task<(IndicatorCatalog Catalog, string? ETag)> CatalogAsync(CancellationToken cancellationToken)
    {
        var stored = await store.ReadAsync<IndicatorCatalog>(StorageContainers.Indicators, CatalogKey, cancellationToken);
        return stored is null ? (IndicatorCatalog.Seed, null) : (stored.Value.WithRequiredByPlans(), stored.ETag);
    }

    public Task<IndicatorFigures> FiguresAsync(string departmentId, IEnumerable<int> years, CancellationToken cancellationToken) =>
        FiguresAsync(departmentId, years, withBenchmarks: true, cancellationToken);

    /// <summary>The figures of a department for <paramref name="years"/>; without benchmarks when the caller shows none (the dashboard: one query fewer per department).</summary>
    public async Task<IndicatorFigures> FiguresAsync(string departmentId, IEnumerable<int> years, bool withBenchmarks, CancellationToken cancellationToken)
    {
        var values = new List<IndicatorValue>();
        var targets = new List<IndicatorTarget>();
        foreach (var year in years.Distinct())
        {
            var pk = IndicatorValue.PartitionFor(departmentId, year);
            values.AddRange((await ValuesAsync(pk, cancellationToken)).Select(v => v.Value));
            await foreach (var t in store.QueryAsync<IndicatorTarget>(StorageContainers.Indicators, pk, DocumentQuery.Of<IndicatorTarget>(), cancellationToken))
            {
                targets.Add(t.Value);
            }
        }

        var benchmarks = new List<Benchmark>();
        if (!withBenchmarks)
        {
            return new IndicatorFigures(values, targets, benchmarks);
        }

        await foreach (var b in store.QueryAsync<Benchmark>(StorageContainers.Indicators, IndicatorCatalog.PartitionKey, DocumentQuery.Of<Benchmark>(), cancellationToken))
        {
            benchmarks.Add(b.Value);
        }

        return new IndicatorFigures(values, targets, benchmarks);
    }

    public async Task<IReadOnlyList<StoredDocument<IndicatorValue>>> ValuesAsync(string partitionKey, CancellationToken cancellationToken)
    {
        var values = new List<StoredDocument<IndicatorValue>>();
        await foreach (var v in store.QueryAsync<IndicatorValue>(StorageContainers.Indicators, partitionKey, DocumentQuery.Of<IndicatorValue>(), cancellationToken))
        {
            values.Add(v);
        }

        return values;
    }

    public async Task<IReadOnlyList<StoredDocument<IndicatorTarget>>> TargetsAsync(string partitionKey, CancellationToken cancellationToken)
    {
        var targets = new List<StoredDocument<IndicatorTarget>>();
        await foreach (var t in store.QueryAsync<IndicatorTarget>(StorageContainers.Indicators, partitionKey, DocumentQuery.Of<IndicatorTarget>(), cancellationToken))
        {
            targets.Add(t);
        }

        return targets;
    }
}
