using OpsRhythm.Domain.Indicators;
using OpsRhythm.Domain.Resources;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Resources;

/// <summary>A department's actual resources for a month: one point read in the indicator values' partition "{dept}:{year}".</summary>
internal sealed class ResourceReader(IDocumentStore store)
{
    public const string Container = StorageContainers.Indicators;

    public static DocumentKey KeyOf(string departmentId, int year, int month) =>
        new(IndicatorValue.PartitionFor(departmentId, year), ResourceMonth.DocumentIdFor(year, month));

    public Task<StoredDocument<ResourceMonth>?> ReadAsync(string departmentId, int year, int month, CancellationToken cancellationToken) =>
        store.ReadAsync<ResourceMonth>(Container, KeyOf(departmentId, year, month), cancellationToken);
}
