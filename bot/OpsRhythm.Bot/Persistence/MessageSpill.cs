namespace OpsRhythm.Bot.Persistence;

/// <summary>
/// The documents and outbox messages of one change that did not fit its batch (a cycle opened for
/// 120 departments creates 120 plans and notifies 120 heads): written in the change's own batch as
/// this one document, so the change and everything it implies stay atomic, then expanded into the
/// documents themselves in chunks and deleted (<see cref="SpillExpander"/>). A crash in between
/// leaves it for <see cref="MessageSpillRecoveryJob"/>; ids are fixed before the commit (message ids
/// derive from idempotency keys), so expanding twice writes each document once.
/// </summary>
public sealed record MessageSpill(string Id, IReadOnlyList<SpilledDocument> Documents, DateTimeOffset CreatedAt)
{
    public static string NewId() => "spill:" + Guid.NewGuid().ToString("N");
}
