namespace OpsRhythm.Bot.Persistence;

/// <summary>
/// The created documents of one change that did not fit its batch even with its messages held in one
/// fan-out (a cycle opened for 120 departments creates 120 plans): written in the change's own batch
/// as this one document, so the change and everything it implies stay atomic, then expanded into the
/// documents themselves in chunks and deleted (<see cref="SpillExpander"/>). A crash in between
/// leaves it for <see cref="MessageSpillRecoveryJob"/>; ids are fixed before the commit, so expanding
/// twice writes each document once. Messages never go here: they go to the outbox's fan-out, whose
/// expansion keeps the dispatcher's pending marker and shards right.
/// </summary>
internal sealed record MessageSpill(string Id, IReadOnlyList<SpilledDocument> Documents, DateTimeOffset CreatedAt)
{
    public static string NewId() => "spill:" + Guid.NewGuid().ToString("N");
}
