using OpsRhythm.Domain.ExternalCommunication;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.ExternalCommunication;

/// <summary>Reads of the communication container: one department's follow-ups are one partition.</summary>
internal sealed class ExternalFollowUpReader(IDocumentStore store)
{
    public Task<StoredDocument<ExternalFollowUp>?> ReadAsync(string? departmentId, string? id, CancellationToken cancellationToken) =>
        string.IsNullOrEmpty(departmentId) || string.IsNullOrEmpty(id)
            ? Task.FromResult<StoredDocument<ExternalFollowUp>?>(null)
            : store.ReadAsync<ExternalFollowUp>(StorageContainers.Communication, new DocumentKey(departmentId, id), cancellationToken);

    /// <summary>The department's open follow-ups (a single-partition query; done ones stay stored for the audit).</summary>
    public async Task<IReadOnlyList<ExternalFollowUp>> OpenAsync(string departmentId, CancellationToken cancellationToken)
    {
        var open = new List<ExternalFollowUp>();
        var query = DocumentQuery.Of<ExternalFollowUp>().Where("state", ExternalFollowUpState.Open);
        await foreach (var stored in store.QueryAsync<ExternalFollowUp>(StorageContainers.Communication, departmentId, query, cancellationToken))
        {
            open.Add(stored.Value);
        }

        return open;
    }
}
