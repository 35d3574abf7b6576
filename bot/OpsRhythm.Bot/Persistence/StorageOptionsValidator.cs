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
        ArgumentNullException.ThrowIfNull(options);
        return options.Provider switch
        {
            StorageProvider.Sqlite => ValidateSqlite(options),
            _ => ValidateOptionsResult.Fail($"Storage:Provider must be {StorageProvider.Sqlite}; got '{options.Provider}'."),
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
}
