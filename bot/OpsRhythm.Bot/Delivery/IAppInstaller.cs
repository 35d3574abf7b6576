namespace OpsRhythm.Bot.Delivery;

/// <summary>Installs the app for one person (Graph POST /users/{id}/teamwork/installedApps), so the bot can reach them.</summary>
internal interface IAppInstaller
{
    bool IsConfigured { get; }

    Task<AppInstallOutcome> InstallForAsync(string aadObjectId, CancellationToken cancellationToken);
}

/// <summary>What came of an installation request.</summary>
internal enum AppInstallOutcome
{
    /// <summary>Teams installs the app; its install event brings the conversation.</summary>
    Requested,

    /// <summary>It was installed already (409): the chat exists, the bot just never saw it.</summary>
    AlreadyInstalled,

    /// <summary>403: the permission or its admin consent is missing.</summary>
    Forbidden,

    /// <summary>Anything else (the user has no Teams licence, Graph failed).</summary>
    Failed,
}

/// <summary>Without Graph or an app catalog id nobody is installed for; people must add the app themselves.</summary>
internal sealed class NoAppInstaller : IAppInstaller
{
    public bool IsConfigured => false;

    public Task<AppInstallOutcome> InstallForAsync(string aadObjectId, CancellationToken cancellationToken) => Task.FromResult(AppInstallOutcome.Failed);
}
