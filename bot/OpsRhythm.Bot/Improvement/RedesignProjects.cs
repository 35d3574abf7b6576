using OpsRhythm.Domain.Improvement;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Improvement;

/// <summary>
/// Reads of redesign projects. Projects live together in one partition (<see cref="RedesignProject.PartitionKey"/>),
/// so the list is one partition query on a user's turn; a project started before that lives in its own
/// ("project:{id}") and is still found by its id.
/// </summary>
internal sealed class RedesignProjects(IDocumentStore store)
{
    public async Task<StoredDocument<RedesignProject>?> ReadAsync(string id, CancellationToken cancellationToken) =>
        await store.ReadAsync<RedesignProject>(StorageContainers.Improvement, new DocumentKey(RedesignProject.PartitionKey, id), cancellationToken)
        ?? await store.ReadAsync<RedesignProject>(StorageContainers.Improvement, new DocumentKey(RedesignProject.PartitionFor(id), id), cancellationToken);

    public async Task<IReadOnlyList<RedesignProject>> AllAsync(CancellationToken cancellationToken)
    {
        var projects = new List<RedesignProject>();
        await foreach (var p in store.QueryAsync<RedesignProject>(StorageContainers.Improvement, RedesignProject.PartitionKey, DocumentQuery.Of<RedesignProject>(), cancellationToken))
        {
            projects.Add(p.Value);
        }

        return projects;
    }
}
