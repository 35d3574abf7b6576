using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;
using OpsRhythm.Domain.Organisation;

namespace OpsRhythm.Bot.Organisation;

/// <summary>
/// What a new store starts with: Organisation:SeedFile if set, the sample company in local runs (or
/// with Organisation:SampleData), otherwise an empty organisation the administrators import from Teams.
/// </summary>
internal sealed class OrganisationSeed(IOptions<OrganisationOptions> options, IHostEnvironment environment, IConfiguration configuration)
{
    public static string DefaultFile { get; } = Path.Combine(AppContext.BaseDirectory, "Organisation", "sample-organisation.json");

    /// <summary>Roles are written as names ("Employee, DepartmentHead") so the file is editable by hand.</summary>
    internal static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>The file read, or null when the organisation starts empty.</summary>
    public string? FilePath => options.Value.SeedFile is { Length: > 0 } file
        ? Path.GetFullPath(file, environment.ContentRootPath)
        : OrganisationOptionsValidation.UsesSample(options.Value, configuration) ? DefaultFile : null;

    public async Task<OrganisationProfile> LoadAsync(CancellationToken cancellationToken)
    {
        if (FilePath is not { } path)
        {
            var name = options.Value.CompanyName is { Length: > 0 } company ? new LocalizedText(company, company) : new LocalizedText("本公司", "Our company");
            return new OrganisationProfile { CompanyName = name };
        }

        await using var stream = File.OpenRead(path);
        return await JsonSerializer.DeserializeAsync<OrganisationProfile>(stream, JsonOptions, cancellationToken)
            ?? throw new InvalidOperationException($"The organisation seed file {path} is empty.");
    }
}
