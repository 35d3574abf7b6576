using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.IntegrationTests.Infra;

/// <summary>
/// Compiles and lints infra/ with the real Bicep CLI (tests/infra/check-bicep.sh, offline; it fails on
/// any warning since Bicep reports type errors as warnings) and checks the compiled template against
/// the code: the Cosmos containers are exactly StorageContainers.All.
/// </summary>
public sealed partial class BicepTests : IClassFixture<BicepTests.CompiledTemplate>
{
    private readonly CompiledTemplate _template;

    public BicepTests(CompiledTemplate template) => _template = template;

    [Fact]
    public void CheckBicep_Infra_BuildsAndLintsWithoutWarnings()
    {
        Assert.True(_template.ExitCode == 0, _template.Output);
        Assert.Contains("0 failed", _template.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Containers_MainTemplate_AreExactlyTheStoreContainers()
    {
        var containers = _template.Main["variables"]?["containerNames"]?.AsArray()
            .Select(c => c?.GetValue<string>())
            .ToList();

        Assert.Equal(StorageContainers.All.Order(StringComparer.Ordinal), containers?.Order(StringComparer.Ordinal));
    }

    /// <summary>
    /// Cosmos DB indexes only /pk, /type and the listed paths; ORDER BY on any other path fails and a
    /// filter on one scans the partition. So every property the bot's code queries (DocumentQuery
    /// Where / OrderedBy) must be listed, which this finds in the source.
    /// </summary>
    [Fact]
    public void QueriedPaths_MainTemplate_CoverEveryPropertyTheBotQueries()
    {
        var indexed = _template.Main["variables"]?["queriedPaths"]?.AsArray().Select(p => p?.GetValue<string>()).ToHashSet(StringComparer.Ordinal) ?? [];
        var queried = QueriedProperties(Path.Combine(CompiledTemplate.RepositoryRoot(), "bot"));

        Assert.Contains("status", queried);
        var missing = queried.Select(property => $"/{property.Replace('.', '/')}/?").Where(path => !indexed.Contains(path)).ToList();
        Assert.True(missing.Count == 0, "Add to queriedPaths in infra/main.bicep: " + string.Join(", ", missing));
    }

    private static HashSet<string> QueriedProperties(string sourceRoot) =>
        Directory.EnumerateFiles(sourceRoot, "*.cs", SearchOption.AllDirectories)
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(file => QueryProperty().Matches(File.ReadAllText(file)))
            .Select(match => match.Groups["property"].Value)
            .ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\.(?:Where|OrderedBy)\(\s*""(?<property>[A-Za-z][A-Za-z0-9.]*)""")]
    private static partial Regex QueryProperty();

    [Fact]
    public void AppSettings_AppServiceModule_UseTheBotsConfigurationNames()
    {
        var json = _template.Main.ToJsonString();

        foreach (var setting in new[] { "MicrosoftAppType", "MicrosoftAppId", "MicrosoftAppTenantId", "MicrosoftAppPassword", "Storage__Provider", "Storage__Cosmos__Endpoint", "APPLICATIONINSIGHTS_CONNECTION_STRING",
            "Graph__Organizer", "Graph__ActivityFeed", "Dashboard__SsoClientId", "Dashboard__SsoTenantId", "Dashboard__SsoApplicationIdUri" })
        {
            // Literal in the JSON, or a string inside the ARM expression that joins the fixed and the per-administrator settings.
            Assert.True(json.Contains($"\"{setting}\"", StringComparison.Ordinal) || json.Contains($"\\u0027{setting}\\u0027", StringComparison.Ordinal), setting);
        }

        Assert.Contains("Organisation__Administrators__", json, StringComparison.Ordinal);
        Assert.Contains("@Microsoft.KeyVault(", json, StringComparison.Ordinal);
        Assert.Contains("DOTNETCORE|10.0", json, StringComparison.Ordinal);
    }

    /// <summary>Runs the check once for the class and keeps the compiled main.json.</summary>
    public sealed class CompiledTemplate : IDisposable
    {
        private readonly string _outDirectory = Directory.CreateTempSubdirectory("opsrhythm-bicep-").FullName;

        public CompiledTemplate()
        {
            var root = RepositoryRoot();
            var start = new ProcessStartInfo("bash", [Path.Combine(root, "tests", "infra", "check-bicep.sh")])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = root,
            };
            start.Environment["BICEP_OUTDIR"] = _outDirectory;
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            Output = process.StandardOutput.ReadToEnd() + stderr.GetAwaiter().GetResult();
            process.WaitForExit();
            ExitCode = process.ExitCode;
            var main = Path.Combine(_outDirectory, "main.json");
            Main = File.Exists(main) ? JsonNode.Parse(File.ReadAllText(main))!.AsObject() : [];
        }

        public int ExitCode { get; }

        public string Output { get; }

        public JsonObject Main { get; }

        public void Dispose() => Directory.Delete(_outDirectory, recursive: true);

        public static string RepositoryRoot()
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "OpsRhythm.slnx")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException($"No OpsRhythm.slnx above {AppContext.BaseDirectory}.");
        }
    }
}
