using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Indicators;

/// <summary>
/// A document the card pipeline creates rather than replaces: the catalog while it is still the policy's
/// seed, a benchmark not recorded yet, a targets save's import record. It has no ETag, so the pipeline's
/// write is create-only (whoever created it first wins the race) and a card drawn from it carries no version.
/// </summary>
internal static class NotYetStored
{
    public static StoredDocument<T> Of<T>(DocumentKey key, T value) => new(key, value, null!);

    /// <summary>The version a card drawn from <paramref name="stored"/> carries: empty for one not stored yet.</summary>
    public static string VersionOf<T>(StoredDocument<T> stored) => stored.ETag is { } etag ? etag : string.Empty;
}
