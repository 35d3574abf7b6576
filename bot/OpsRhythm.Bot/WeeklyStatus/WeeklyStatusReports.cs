using OpsRhythm.Domain.WeeklyStatus;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.WeeklyStatus;

/// <summary>Reads reports: point reads by week and department, and one week's partition for the digest.</summary>
internal sealed class WeeklyStatusReports(IDocumentStore store)
{
    public static DocumentKey KeyOf(string week, string departmentId) => new(week, WeeklyStatusReport.IdFor(departmentId));

    public Task<StoredDocument<WeeklyStatusReport>?> FindAsync(string week, string departmentId, CancellationToken cancellationToken) =>
        store.ReadAsync<WeeklyStatusReport>(StorageContainers.Status, KeyOf(week, departmentId), cancellationToken);

    /// <summary>The report, created (Requested) when nobody has asked for it yet.</summary>
    public async Task<StoredDocument<WeeklyStatusReport>> GetOrCreateAsync(StatusWeek week, string departmentId, CancellationToken cancellationToken)
    {
        if (await FindAsync(week.Id, departmentId, cancellationToken) is { } found)
        {
            return found;
        }

        try
        {
            return await store.CreateAsync(StorageContainers.Status, KeyOf(week.Id, departmentId), new WeeklyStatusReport(week.Id, departmentId, week.Deadline), cancellationToken);
        }
        catch (DocumentConflictException)
        {
            return await FindAsync(week.Id, departmentId, cancellationToken) ?? throw new InvalidOperationException("The report vanished after it was created.");
        }
    }

    public async Task<List<StoredDocument<WeeklyStatusReport>>> OfWeekAsync(string week, CancellationToken cancellationToken)
    {
        var reports = new List<StoredDocument<WeeklyStatusReport>>();
        await foreach (var report in store.QueryAsync<WeeklyStatusReport>(StorageContainers.Status, week, DocumentQuery.Of<WeeklyStatusReport>(), cancellationToken))
        {
            reports.Add(report);
        }

        return reports;
    }
}
