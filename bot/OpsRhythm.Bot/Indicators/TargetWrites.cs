using OpsRhythm.Domain.Indicators;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Indicators;

/// <summary>Targets to write and remove as batch operations, each guarded by the ETag it was read at (or created when it was not there).</summary>
internal static class TargetWrites
{
    public static List<BatchOperation> Of(IEnumerable<IndicatorTarget> put, IEnumerable<IndicatorTarget> remove, IEnumerable<StoredDocument<IndicatorTarget>> read)
    {
        var etags = read.ToDictionary(t => t.Key.Id, t => t.ETag, StringComparer.Ordinal);
        var operations = new List<BatchOperation>();
        foreach (var target in put)
        {
            var id = IndicatorTarget.IdFor(target.IndicatorId, target.Period);
            operations.Add(etags.TryGetValue(id, out var etag) ? BatchOperation.Replace(id, target, etag) : BatchOperation.Create(id, target));
        }

        operations.AddRange(remove.Select(t => IndicatorTarget.IdFor(t.IndicatorId, t.Period)).Select(id => BatchOperation.Delete(id, etags[id])));
        return operations;
    }
}
