using OpsRhythm.Domain.Indicators;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Improvement.Actions;

/// <summary>Reads of inspections in the improvement container (pk = year): a few single-partition queries, never across partitions.</summary>
internal sealed class InspectionReader(IDocumentStore store)
{
    /// <summary>Planned inspections of this year and next (a plan made in December for January is in next year's partition).</summary>
    public Task<IReadOnlyList<ScheduledInspection>> PlannedAsync(DateOnly today, CancellationToken cancellationToken) =>
        ReadAsync<ScheduledInspection>(DocumentQuery.Of<ScheduledInspection>().Where("state", ScheduledInspectionState.Planned), [today.Year, today.Year + 1], cancellationToken);

    /// <summary>Inspections recorded this year and last.</summary>
    public Task<IReadOnlyList<Inspection>> RecordedAsync(DateOnly today, CancellationToken cancellationToken) =>
        ReadAsync<Inspection>(DocumentQuery.Of<Inspection>(), [today.Year, today.Year - 1], cancellationToken);

    private async Task<IReadOnlyList<T>> ReadAsync<T>(DocumentQuery query, int[] years, CancellationToken cancellationToken)
    {
        var found = new List<T>();
        foreach (var year in years)
        {
            var pk = year.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await foreach (var stored in store.QueryAsync<T>(StorageContainers.Improvement, pk, query, cancellationToken))
            {
                found.Add(stored.Value);
            }
        }

        return found;
    }
}
