namespace OpsRhythm.Bot.Organisation.Setup;

/// <summary>What Entra says of people (Graph /users: department, manager), used to propose departments and heads on import.</summary>
internal interface IDirectoryPeople
{
    bool IsConfigured { get; }

    /// <summary>Department and manager by Entra object id; people Entra does not return are left out.</summary>
    Task<IReadOnlyDictionary<string, DirectoryEntry>> FindAsync(IReadOnlyCollection<string> aadObjectIds, CancellationToken cancellationToken);
}

/// <summary>One person in Entra: their department name and their manager's object id.</summary>
internal sealed record DirectoryEntry(string? Department, string? ManagerAadObjectId);

/// <summary>Without Graph: nothing to propose; the administrator creates departments by hand.</summary>
internal sealed class NoDirectoryPeople : IDirectoryPeople
{
    public bool IsConfigured => false;

    public Task<IReadOnlyDictionary<string, DirectoryEntry>> FindAsync(IReadOnlyCollection<string> aadObjectIds, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<string, DirectoryEntry>>(new Dictionary<string, DirectoryEntry>());
}
