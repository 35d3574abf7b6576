namespace OpsRhythm.EndToEndTests.Hosting;

/// <summary>Where the built bot, the installed Playground and the test artifacts live, found from the test assembly.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    /// <summary>The repository root: the first parent folder holding OpsRhythm.slnx.</summary>
    public static string Root => RootPath.Value;

    /// <summary>The Playground's npm folder (scripts/playground): package.json, lock file, config.</summary>
    public static string PlaygroundFolder => Path.Combine(Root, "scripts", "playground");

    public static string PlaygroundConfig => Path.Combine(PlaygroundFolder, ".m365agentsplayground.yml");

    public static string PlaygroundCli =>
        Path.Combine(PlaygroundFolder, "node_modules", "@microsoft", "m365agentsplayground", "cli.js");

    /// <summary>
    /// The bot built next to this test assembly: artifacts/bin/OpsRhythm.Bot/{configuration}/OpsRhythm.Bot.dll.
    /// The test project references the bot, so building the tests builds it; it runs from its own folder so
    /// its runtimeconfig, appsettings.json and sample organisation are the ones a deployment uses.
    /// </summary>
    public static string BotAssembly
    {
        get
        {
            var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Name;
            return Path.Combine(Root, "artifacts", "bin", "OpsRhythm.Bot", configuration, "OpsRhythm.Bot.dll");
        }
    }

    /// <summary>Screenshots and logs a run leaves behind (artifacts/test-output), kept by CI.</summary>
    public static string TestOutput(params string[] parts) =>
        Path.Combine([Root, "artifacts", "test-output", .. parts]);

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "OpsRhythm.slnx")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No OpsRhythm.slnx above {AppContext.BaseDirectory}.");
    }
}
