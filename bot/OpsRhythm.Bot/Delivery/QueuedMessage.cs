using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Delivery;

/// <summary>An outbox message as found by the sweep: where it is stored and the version it was read at.</summary>
internal sealed record QueuedMessage(string Container, StoredDocument<OutboxMessage> Document)
{
    public OutboxMessage Message => Document.Value;
}
