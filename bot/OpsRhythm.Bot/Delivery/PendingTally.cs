namespace OpsRhythm.Bot.Delivery;

/// <summary>The pending messages one dispatcher pass read (its pages): the outbox depth and oldest age it reports.</summary>
internal sealed class PendingTally
{
    public int Count { get; private set; }

    public DateTimeOffset? Oldest { get; private set; }

    public void Add(IReadOnlyCollection<QueuedMessage> page)
    {
        Count += page.Count;
        foreach (var queued in page)
        {
            if (Oldest is null || queued.Message.CreatedAt < Oldest)
            {
                Oldest = queued.Message.CreatedAt;
            }
        }
    }
}
