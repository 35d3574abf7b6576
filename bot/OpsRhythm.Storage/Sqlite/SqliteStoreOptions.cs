namespace OpsRhythm.Storage.Sqlite;

/// <summary>Configuration of the embedded store (section Storage:Sqlite).</summary>
public sealed class SqliteStoreOptions
{
    /// <summary>The database file; relative paths are under the app's content root. Default data/opsrhythm.db.</summary>
    public string Path { get; set; } = DefaultPath;

    /// <summary>How long a writer waits for another connection's write lock before failing.</summary>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Throw when a cross-partition query runs on a user's path (<see cref="Contract.HotPath"/>); tests turn this on.</summary>
    public bool FailOnCrossPartitionHotPath { get; set; }

    public const string DefaultPath = "data/opsrhythm.db";
}
