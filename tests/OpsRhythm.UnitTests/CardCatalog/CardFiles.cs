namespace OpsRhythm.UnitTests.CardCatalog;

/// <summary>
/// Where the rendered cards go for the Node validator and the screenshots (tests/validators):
/// $CARDS_DIR, or artifacts/cards at the repository root. Emptied once per test run so a removed
/// sample leaves no stale file behind.
/// </summary>
public static class CardFiles
{
    private static readonly Lazy<string> Directory = new(Prepare);

    public static string Root => Directory.Value;

    public static void Write(string fileName, string json) =>
        File.WriteAllText(Path.Combine(Root, fileName), json);

    private static string Prepare()
    {
        var configured = Environment.GetEnvironmentVariable("CARDS_DIR");
        var directory = string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(RepositoryRoot(), "artifacts", "cards")
            : Path.GetFullPath(configured);
        if (System.IO.Directory.Exists(directory))
        {
            foreach (var stale in System.IO.Directory.EnumerateFiles(directory, "*.json"))
            {
                File.Delete(stale);
            }
        }

        System.IO.Directory.CreateDirectory(directory);
        return directory;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OpsRhythm.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No OpsRhythm.slnx above {AppContext.BaseDirectory}; set CARDS_DIR.");
    }
}
