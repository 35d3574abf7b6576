using System.Diagnostics;
using System.Text.Json.Nodes;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.IntegrationTests.Infra;

/// <summary>
/// Compiles and lints infra/ with the real Bicep CLI (tests/infra/check-bicep.sh, offline; it fails on
/// any warning since Bicep reports type errors as warnings) and checks the compiled template against
/// the code: the Cosmos containers are exactly StorageContainers.All.
/// </summary>
public sealed class BicepTests : IClassFixture<BicepTests.CompiledTemplate>
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
        var containers = _template.Main["variables"]?["containers"]?.AsArray()
            .Select(c => c?["name"]?.GetValue<string>())
            .ToList();

        Assert.Equal(StorageContainers.All.Order(StringComparer.Ordinal), containers?.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AppSettings_AppServiceModule_UseTheBotsConfigurationNames()
    {
        var json = _template.Main.ToJsonString();

        foreach (var setting in new[] { "MicrosoftAppType", "MicrosoftAppId", "MicrosoftAppTenantId", "MicrosoftAppPassword", "Storage__Provider", "Storage__Cosmos__Endpoint", "APPLICATIONINSIGHTS_CONNECTION_STRING" })
        {
            Assert.Contains($"\"{setting}\"", json, StringComparison.Ordinal);
        }

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

        private static string RepositoryRoot()
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
