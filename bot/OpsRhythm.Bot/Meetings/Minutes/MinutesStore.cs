using System.Runtime.CompilerServices;
using OpsRhythm.Domain.Meetings.Minutes;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Meetings.Minutes;

/// <summary>
/// Reads an occurrence's minutes, decisions and action items: each a point read or a query of the
/// occurrence's one partition (meetings container, pk "{meetingId}:{yyyy-MM-dd}"), so safe on a turn.
/// </summary>
internal sealed class MinutesStore(IDocumentStore store)
{
    public Task<StoredDocument<ActionItem>?> ReadItemAsync(string? itemId, CancellationToken cancellationToken) =>
        MinutesIds.PartitionOf(itemId) is { } pk
            ? store.ReadAsync<ActionItem>(StorageContainers.Meetings, new DocumentKey(pk, itemId!), cancellationToken)
            : Task.FromResult<StoredDocument<ActionItem>?>(null);

    public Task<StoredDocument<MeetingMinutes>?> ReadMinutesAsync(MeetingOccurrenceRef occurrence, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(occurrence);
        var pk = occurrence.PartitionKey;
        return store.ReadAsync<MeetingMinutes>(StorageContainers.Meetings, new DocumentKey(pk, MinutesIds.Minutes(pk)), cancellationToken);
    }

    /// <summary>The occurrence's action items, oldest first.</summary>
    public async Task<IReadOnlyList<ActionItem>> ItemsAsync(MeetingOccurrenceRef occurrence, CancellationToken cancellationToken) =>
        [.. (await AllAsync<ActionItem>(occurrence, cancellationToken)).OrderBy(i => i.CreatedAt)];

    /// <summary>The occurrence's decisions, oldest first.</summary>
    public async Task<IReadOnlyList<MeetingDecision>> DecisionsAsync(MeetingOccurrenceRef occurrence, CancellationToken cancellationToken) =>
        [.. (await AllAsync<MeetingDecision>(occurrence, cancellationToken)).OrderBy(d => d.RecordedAt)];

    private async Task<List<T>> AllAsync<T>(MeetingOccurrenceRef occurrence, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(occurrence);
        var all = new List<T>();
        await foreach (var stored in store.QueryAsync<T>(StorageContainers.Meetings, occurrence.PartitionKey, DocumentQuery.Of<T>(), cancellationToken))
        {
            all.Add(stored.Value);
        }

        return all;
    }

    /// <summary>Every action item in one state, across occurrences: background jobs only (docs/storage.md).</summary>
    public async IAsyncEnumerable<StoredDocument<ActionItem>> AllItemsAsync(ActionItemState state, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var query = DocumentQuery.Of<ActionItem>().Where("state", state);
        await foreach (var stored in store.QueryAcrossPartitionsAsync<ActionItem>(StorageContainers.Meetings, query, cancellationToken))
        {
            yield return stored;
        }
    }
}
