namespace OpsRhythm.Bot.Delivery;

/// <summary>What happened to one message, and whether the rest of its target's queue may follow now.</summary>
internal enum DeliveryOutcome
{
    /// <summary>Sent, skipped or dead-lettered: nothing more to do for it.</summary>
    Finished,

    /// <summary>Another instance holds it; leave it.</summary>
    Taken,

    /// <summary>Will be retried later; the target's later messages wait too, to keep their order.</summary>
    RetryLater,

    /// <summary>The dispatcher is stopping; the message was handed back untouched.</summary>
    Stopped,
}
