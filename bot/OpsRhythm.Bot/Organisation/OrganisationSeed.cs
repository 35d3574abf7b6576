using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;
using OpsRhythm.Domain.Organisation;

namespace OpsRhythm.Bot.Organisation;

/// <summary>Reads the organisation a new store starts with (Organisation:SeedFile).</summary>
public sealed class OrganisationSeed(IOptions<OrganisationOptions> options, IHostEnvironment environment)
{
    public static string DefaultFile { get; } = Path.Combine(AppContext.BaseDirectory, "Organisation", "sample-organisation.json");

    /// <summary>Roles are written as names ("Employee, DepartmentHead") so the file is editable by hand.</summary>
    internal static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public string FilePath => options.Value.SeedFile is { Length: > 0 } file
        ? Path.GetFullPath(file, environment.ContentRootPath)
        : DefaultFile;

    public async Task<OrganisationProfile> LoadAsync(CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(FilePath);
        return await JsonSerializer.DeserializeAsync<OrganisationProfile>(stream, JsonOptions, cancellationToken)
            ?? throw new InvalidOperationException($"The organisation seed file {FilePath} is empty.");
    }
}
