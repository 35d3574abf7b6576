using System.Text;

namespace OpsRhythm.Bot.Delivery;

/// <summary>
/// Targets fall into a fixed number of shards by a stable hash; each live dispatcher instance owns an
/// equal share of the shards, so one conversation is always served by one instance (its per-conversation
/// windows hold) and the instances split the work evenly. 12 divides among 1, 2, 3, 4 and 6 instances.
/// The count is part of the stored data (<see cref="OutboxMessage.Shard"/>): changing it needs a migration.
/// </summary>
internal static class OutboxShards
{
    public const int Count = 12;

    /// <summary>FNV-1a of the target's text: the same in every process and every .NET version (string.GetHashCode is not).</summary>
    public static int Of(OutboxTarget target)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(target.ToString()))
        {
            hash = unchecked((hash ^ b) * 16777619u);
        }

        return (int)(hash % Count);
    }

    /// <summary>The shards the instance at <paramref name="position"/> of <paramref name="liveInstances"/> (sorted ids) owns.</summary>
    public static IReadOnlyList<int> OwnedBy(int position, int liveInstances)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(position);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(liveInstances, position);
        return Enumerable.Range(0, Count).Where(shard => shard % liveInstances == position).ToList();
    }
}
