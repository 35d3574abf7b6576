using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Risks;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Risks;

/// <summary>Reads of the risks container: one department's register is one partition.</summary>
internal sealed class RiskReader(IDocumentStore store)
{
    public Task<StoredDocument<Risk>?> ReadAsync(string departmentId, string riskId, CancellationToken cancellationToken) =>
        store.ReadAsync<Risk>(StorageContainers.Risks, new DocumentKey(departmentId, riskId), cancellationToken);

    public async Task<IReadOnlyList<Risk>> DepartmentAsync(string departmentId, CancellationToken cancellationToken)
    {
        var risks = new List<Risk>();
        await foreach (var r in store.QueryAsync<Risk>(StorageContainers.Risks, departmentId, DocumentQuery.Of<Risk>(), cancellationToken))
        {
            risks.Add(r.Value);
        }

        return risks;
    }

    /// <summary>The whole company: one single-partition query per department, never a cross-partition one.</summary>
    public async Task<IReadOnlyList<Risk>> CompanyAsync(OrganisationProfile organisation, CancellationToken cancellationToken)
    {
        var risks = new List<Risk>();
        foreach (var department in organisation.Departments)
        {
            risks.AddRange(await DepartmentAsync(department.Id, cancellationToken));
        }

        return risks;
    }
}
