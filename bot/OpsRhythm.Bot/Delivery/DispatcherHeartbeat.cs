using System.Text.Json.Serialization;

namespace OpsRhythm.Bot.Delivery;

/// <summary>
/// A dispatcher instance saying it is alive: one document per instance in the jobs container, partition
/// <see cref="PartitionKey"/>, rewritten every <see cref="DeliveryOptions.HeartbeatInterval"/>. Its
/// <see cref="Ttl"/> lets Cosmos DB (or the SQLite cleanup job) remove the documents of dead instances.
/// </summary>
internal sealed record DispatcherHeartbeat(string InstanceId, DateTimeOffset LastSeen)
{
    public const string PartitionKey = "outbox-dispatchers";

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Ttl { get; init; }
}
