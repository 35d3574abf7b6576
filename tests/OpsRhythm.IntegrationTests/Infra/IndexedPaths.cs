using System.Text.RegularExpressions;

namespace OpsRhythm.IntegrationTests.Infra;

/// <summary>
/// The paths infra/ indexes in every container: /pk and /type (modules/cosmos.bicep) and main.bicep's
/// queriedPaths, read from the Bicep source so the test needs no compiled template.
/// </summary>
public static partial class IndexedPaths
{
    private static readonly Lazy<IReadOnlySet<string>> Loaded = new(Load);

    public static IReadOnlySet<string> All => Loaded.Value;

    /// <summary>The index path a query property needs: "crossing.level" is /crossing/level/?.</summary>
    public static string Of(string property) => "/" + property.Replace('.', '/') + "/?";

    private static HashSet<string> Load()
    {
        var infra = Path.Combine(BicepTests.CompiledTemplate.RepositoryRoot(), "infra");
        var main = File.ReadAllText(Path.Combine(infra, "main.bicep"));
        var module = File.ReadAllText(Path.Combine(infra, "modules", "cosmos.bicep"));
        var list = QueriedPaths().Match(main);
        if (!list.Success || !module.Contains("'/pk/?'", StringComparison.Ordinal) || !module.Contains("'/type/?'", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("infra/main.bicep has no 'var queriedPaths = [...]', or modules/cosmos.bicep no longer includes /pk/? and /type/?: update IndexedPaths.");
        }

        var paths = Quoted().Matches(list.Groups["list"].Value).Select(m => m.Groups["path"].Value).ToHashSet(StringComparer.Ordinal);
        paths.Add("/pk/?");
        paths.Add("/type/?");
        return paths;
    }

    [GeneratedRegex(@"var\s+queriedPaths\s*=\s*\[(?<list>[^\]]*)\]")]
    private static partial Regex QueriedPaths();

    [GeneratedRegex(@"'(?<path>/[^']*)'")]
    private static partial Regex Quoted();
}
