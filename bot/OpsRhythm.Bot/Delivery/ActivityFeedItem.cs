namespace OpsRhythm.Bot.Delivery;

/// <summary>
/// A Teams activity-feed notification to raise with an outbox message: a manifest activity type and
/// the values of its template's placeholders, already in the recipient's language.
/// </summary>
internal sealed record ActivityFeedItem(string Type, IReadOnlyDictionary<string, string> Parameters)
{
    /// <summary>
    /// An item whose parameters are exactly the placeholders <see cref="ActivityFeedTypes"/> declares
    /// for <paramref name="type"/>. A mismatch throws here, at enqueue time in the feature's own code,
    /// rather than surfacing later as a notification Graph rejects after the chat message is out.
    /// </summary>
    public static ActivityFeedItem Create(string type, params (string Name, string Value)[] parameters)
    {
        if (!ActivityFeedTypes.Parameters.TryGetValue(type, out var declared))
        {
            throw new ArgumentException($"'{type}' is not an activity type ActivityFeedTypes declares.", nameof(type));
        }

        var given = parameters.Select(p => p.Name).ToList();
        var missing = declared.Except(given, StringComparer.Ordinal).ToList();
        var extra = given.Except(declared, StringComparer.Ordinal).ToList();
        if (missing.Count > 0 || extra.Count > 0 || given.Count != given.Distinct(StringComparer.Ordinal).Count())
        {
            throw new ArgumentException(
                $"Activity type '{type}' takes {{{string.Join("}, {", declared)}}}; missing [{string.Join(", ", missing)}], not in its template [{string.Join(", ", extra)}].",
                nameof(parameters));
        }

        var empty = parameters.Where(p => string.IsNullOrWhiteSpace(p.Value)).Select(p => p.Name).ToList();
        if (empty.Count > 0)
        {
            throw new ArgumentException($"Activity type '{type}' has empty values for [{string.Join(", ", empty)}].", nameof(parameters));
        }

        return new ActivityFeedItem(type, parameters.ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal));
    }
}
