using System.Security.Cryptography;
using System.Text;
using OpsRhythm.Domain.Meetings.Minutes;

namespace OpsRhythm.Bot.Meetings.Minutes;

/// <summary>
/// Ids derived from the request that records an item or a decision (the Teams activity id), so the same
/// request retried (Teams redelivers an invoke it got no answer to) finds what the first one created.
/// </summary>
internal static class MinutesRequestIds
{
    public static string Item(string partition, string? requestKey) =>
        requestKey is null ? MinutesIds.NewItem(partition) : $"{partition}:item-{Hash(requestKey)}";

    public static string Decision(string partition, string? requestKey) =>
        requestKey is null ? MinutesIds.NewDecision(partition) : $"{partition}:decision-{Hash(requestKey)}";

    private static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..16];
}
