using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpsRhythm.Bot.Delivery;

/// <summary>
/// A change's messages when there are more than one batch holds (Cosmos DB: 100 operations, 2 MB): one
/// document, committed atomically with the change, that the dispatcher expands into messages in batches
/// of its own (<see cref="OutboxFanOutExpander"/>). Identical activities are stored once
/// (<see cref="Activities"/>), so an announcement to 5,000 people in two languages is a few hundred KB.
/// </summary>
internal sealed record OutboxFanOut(string Id, IReadOnlyList<JsonElement> Activities, IReadOnlyList<OutboxFanOutEntry> Entries, DateTimeOffset CreatedAt)
{
    /// <summary>Named after its first message, so queuing the same announcement twice is one fan-out (409, dropped).</summary>
    public static string IdFor(string firstIdempotencyKey) => "fanout:" + firstIdempotencyKey;

    /// <summary>Packs <paramref name="messages"/>, in order, sharing identical activities.</summary>
    public static OutboxFanOut Of(IReadOnlyList<OutboxMessage> messages)
    {
        var activities = new List<JsonElement>();
        var indexByText = new Dictionary<string, int>(StringComparer.Ordinal);
        var entries = new List<OutboxFanOutEntry>(messages.Count);
        foreach (var message in messages)
        {
            var text = message.Activity.GetRawText();
            if (!indexByText.TryGetValue(text, out var index))
            {
                index = activities.Count;
                indexByText[text] = index;
                activities.Add(message.Activity);
            }

            entries.Add(new OutboxFanOutEntry(message.Target, message.IdempotencyKey, index)
            {
                Operation = message.Operation,
                UpdateActivityId = message.UpdateActivityId,
                UpdatesIdempotencyKey = message.UpdatesIdempotencyKey,
                ActivityFeed = message.ActivityFeed,
            });
        }

        return new OutboxFanOut(IdFor(messages[0].IdempotencyKey), activities, entries, messages[0].CreatedAt);
    }

    /// <summary>The message of entry <paramref name="index"/>, exactly as the change would have queued it.</summary>
    public OutboxMessage MessageAt(int index)
    {
        var entry = Entries[index];
        return new OutboxMessage(OutboxMessage.IdFor(entry.IdempotencyKey), entry.Target, Activities[entry.Activity], CreatedAt)
        {
            IdempotencyKey = entry.IdempotencyKey,
            NextAttemptAt = CreatedAt,
            Shard = OutboxShards.Of(entry.Target),
            Operation = entry.Operation,
            UpdateActivityId = entry.UpdateActivityId,
            UpdatesIdempotencyKey = entry.UpdatesIdempotencyKey,
            ActivityFeed = entry.ActivityFeed,
        };
    }
}

/// <summary>One recipient of a fan-out: the message's own fields, its activity by index.</summary>
internal sealed record OutboxFanOutEntry(OutboxTarget Target, string IdempotencyKey, int Activity)
{
    // Defaults are left out of the document: 5,000 entries must stay well inside one 2 MB document.
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public OutboxOperation Operation { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? UpdateActivityId { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? UpdatesIdempotencyKey { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ActivityFeedItem? ActivityFeed { get; init; }
}
