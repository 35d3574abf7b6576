using Microsoft.Extensions.Options;

namespace OpsRhythm.Bot.Persistence;

/// <summary>
/// Checks the chosen provider's settings at start, naming the configuration key, so a
/// misconfigured bot stops before its first message instead of failing on it.
/// </summary>
internal sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        return options.Provider switch
        {
            StorageProvider.Sqlite => ValidateSqlite(options),
            StorageProvider.Cosmos => ValidateCosmos(options),
            _ => ValidateOptionsResult.Fail($"Storage:Provider must be {StorageProvider.Sqlite} or {StorageProvider.Cosmos}; got '{options.Provider}'."),
        };
    }

    private static ValidateOptionsResult ValidateSqlite(StorageOptions options)
    {
        var path = options.Sqlite.Path;
        if (string.IsNullOrWhiteSpace(path))
        {
            return ValidateOptionsResult.Fail("Storage:Sqlite:Path is empty; set it to the database file (default data/opsrhythm.db).");
        }

        if (options.Sqlite.BusyTimeout <= TimeSpan.Zero)
        {
            return ValidateOptionsResult.Fail("Storage:Sqlite:BusyTimeout must be positive (e.g. 00:00:30).");
        }

        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return ValidateOptionsResult.Fail($"Storage:Sqlite:Path '{path}': cannot create its directory ({exception.Message}).");
        }

        return ValidateOptionsResult.Success;
    }

    private static ValidateOptionsResult ValidateCosmos(StorageOptions options)
    {
        var cosmos = options.Cosmos;
        var failures = new List<string>();
        if (!Uri.TryCreate(cosmos.Endpoint, UriKind.Absolute, out var endpoint) || endpoint.Scheme != Uri.UriSchemeHttps)
        {
            failures.Add($"Storage:Cosmos:Endpoint must be the account's https URI (e.g. https://contoso-ops.documents.azure.com:443/); got '{cosmos.Endpoint}'.");
        }

        if (string.IsNullOrWhiteSpace(cosmos.Database))
        {
            failures.Add("Storage:Cosmos:Database is empty; set the database name (default opsrhythm).");
        }

        if (!Enum.IsDefined(cosmos.ConnectionMode))
        {
            failures.Add("Storage:Cosmos:ConnectionMode must be Direct or Gateway.");
        }

        if (cosmos.MaxRetryAttemptsOnRateLimitedRequests < 0 || cosmos.MaxRetryWaitTimeOnRateLimitedRequests < TimeSpan.Zero)
        {
            failures.Add("Storage:Cosmos:MaxRetryAttemptsOnRateLimitedRequests and MaxRetryWaitTimeOnRateLimitedRequests must not be negative.");
        }

        if (cosmos.StartupCheckTimeout <= TimeSpan.Zero)
        {
            failures.Add("Storage:Cosmos:StartupCheckTimeout must be positive (e.g. 00:00:30).");
        }

        if (!string.IsNullOrWhiteSpace(cosmos.TrustedCertificatePath))
        {
            if (endpoint is null || !endpoint.IsLoopback)
            {
                failures.Add($"Storage:Cosmos:TrustedCertificatePath is only for a local emulator: the endpoint must be a loopback address (https://localhost:8081/, https://127.0.0.1:PORT/); got '{cosmos.Endpoint}'.");
            }

            if (cosmos.ConnectionMode != OpsRhythm.Storage.Cosmos.CosmosConnectionMode.Gateway)
            {
                failures.Add("Storage:Cosmos:TrustedCertificatePath needs Storage:Cosmos:ConnectionMode=Gateway (Direct mode's TCP connections trust only the system's certificate store).");
            }

            if (!File.Exists(cosmos.TrustedCertificatePath))
            {
                failures.Add($"Storage:Cosmos:TrustedCertificatePath '{cosmos.TrustedCertificatePath}' does not exist; point it at the emulator's certificate (PEM or DER).");
            }
        }

        if (cosmos.SlowRequestThreshold <= TimeSpan.Zero)
        {
            failures.Add("Storage:Cosmos:SlowRequestThreshold must be positive (e.g. 00:00:00.5).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
