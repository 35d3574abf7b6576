using OpsRhythm.Bot.Scheduling;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Persistence;

/// <summary>
/// Finishes spills whose writer stopped after the commit and before writing them out (a crash, a
/// restart): background only, one cross-partition query per container for a type that exists for
/// seconds at a time, so it reads next to nothing. Spills younger than <see cref="Grace"/> are left
/// to the writer still expanding them.
/// </summary>
internal sealed class MessageSpillRecoveryJob(IDocumentStore store, TimeProvider time, ILogger<MessageSpillRecoveryJob> logger) : IScheduledJob
{
    public static readonly TimeSpan Grace = TimeSpan.FromMinutes(2);

    public string Name => "spill-recovery";

    public string CronExpression => "*/10 * * * *";

    public async Task RunAsync(DateTimeOffset occurrence, CancellationToken cancellationToken)
    {
        var expander = new SpillExpander(store);
        var before = time.GetUtcNow() - Grace;
        foreach (var container in StorageContainers.All)
        {
            await foreach (var stored in store.QueryAcrossPartitionsAsync<MessageSpill>(container, DocumentQuery.Of<MessageSpill>(), cancellationToken))
            {
                if (stored.Value.CreatedAt > before)
                {
                    continue;
                }

                logger.SpillRecovered(container, stored.Key.PartitionKey, stored.Value.Id, stored.Value.Documents.Count);
                await expander.ExpandAsync(container, stored.Key.PartitionKey, stored.Value, cancellationToken);
            }
        }
    }
}
