using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using OpsRhythm.Bot.Delivery;
using OpsRhythm.Bot.Turns;

namespace OpsRhythm.IntegrationTests.Manifest;

/// <summary>
/// The commands Teams offers from the app manifest (English titles in manifest.json, Chinese ones in
/// zh-cn.json) must be what the bot's real command parser understands, or a user picking one from
/// the compose box gets "not understood".
/// </summary>
public sealed partial class ManifestCommandsTests : IDisposable
{
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("opsrhythm-manifest-").FullName;

    [Fact]
    public void Parse_EveryManifestCommandTitle_FindsACommandWithNoArguments()
    {
        using var factory = CreateFactory();
        using var scope = factory.Services.CreateScope();
        var parser = scope.ServiceProvider.GetRequiredService<CommandParser>();

        var titles = ManifestTitles();
        var notUnderstood = titles
            .Where(title => parser.Parse(title) is not { Arguments.Length: 0 })
            .ToList();

        Assert.Contains("help", titles);
        Assert.Contains("帮助", titles);
        Assert.True(notUnderstood.Count == 0, "The bot does not understand these manifest commands: " + string.Join(", ", notUnderstood));
    }

    [Fact]
    public void Parse_TitleNobodyRegistered_IsNotUnderstood()
    {
        using var factory = CreateFactory();
        using var scope = factory.Services.CreateScope();
        var parser = scope.ServiceProvider.GetRequiredService<CommandParser>();

        Assert.Null(parser.Parse("quarterly horoscope"));
    }

    [Fact]
    public void ActivityFeedTypes_EveryTypeTheCodeRaises_IsDeclaredInTheManifest()
    {
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryRoot(), "manifest", "manifest.json")))!;
        var declared = manifest["activities"]!["activityTypes"]!.AsArray().Select(a => (string)a!["type"]!).ToHashSet(StringComparer.Ordinal);
        var raised = typeof(ActivityFeedTypes).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToList();

        Assert.NotEmpty(raised);
        Assert.All(raised, type => Assert.Contains(type, declared));
        Assert.Equal(raised.Order(StringComparer.Ordinal), ActivityFeedTypes.Parameters.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ActivityFeedTypes_ParametersOfEveryType_AreThePlaceholdersOfItsTemplateInEveryLanguage()
    {
        var manifestDirectory = Path.Combine(RepositoryRoot(), "manifest");
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(manifestDirectory, "manifest.json")))!;
        var chinese = JsonNode.Parse(File.ReadAllText(Path.Combine(manifestDirectory, "zh-cn.json")))!.AsObject();
        var types = manifest["activities"]!["activityTypes"]!.AsArray();
        var mismatches = new List<string>();
        for (var index = 0; index < types.Count; index++)
        {
            var type = (string)types[index]!["type"]!;
            if (!ActivityFeedTypes.Parameters.TryGetValue(type, out var parameters))
            {
                continue;
            }

            var templates = new Dictionary<string, string?>
            {
                ["manifest.json"] = (string?)types[index]!["templateText"],
                ["zh-cn.json"] = (string?)chinese[$"activities.activityTypes[{index}].templateText"],
            };
            foreach (var (file, template) in templates)
            {
                var placeholders = template is null ? [] : Placeholders().Matches(template).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
                if (!placeholders.SetEquals(parameters))
                {
                    mismatches.Add($"{type} in {file}: template '{template}' has {{{string.Join("}, {", placeholders)}}}, code sends {{{string.Join("}, {", parameters)}}}");
                }
            }
        }

        Assert.True(mismatches.Count == 0, string.Join(Environment.NewLine, mismatches));
    }

    public void Dispose() => Directory.Delete(_dataDirectory, recursive: true);

    private static List<string> ManifestTitles()
    {
        var manifestDirectory = Path.Combine(RepositoryRoot(), "manifest");
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(manifestDirectory, "manifest.json")))!;
        var chinese = JsonNode.Parse(File.ReadAllText(Path.Combine(manifestDirectory, "zh-cn.json")))!.AsObject();
        var english = manifest["bots"]![0]!["commandLists"]!.AsArray()
            .SelectMany(list => list!["commands"]!.AsArray())
            .Select(command => command!["title"]!.GetValue<string>());
        var translated = chinese
            .Where(entry => entry.Key.EndsWith(".title", StringComparison.Ordinal) && entry.Key.StartsWith("bots[0]", StringComparison.Ordinal))
            .Select(entry => entry.Value!.GetValue<string>());
        return [.. english.Concat(translated).Distinct(StringComparer.Ordinal)];
    }

    private WebApplicationFactory<Program> CreateFactory() =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("Storage:Sqlite:Path", Path.Combine(_dataDirectory, "manifest.db"));
        });

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex Placeholders();

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
