using System.Text.Json.Serialization;

namespace OpsRhythm.Domain.Planning;

/// <summary>People, money and materials the plan needs (资源需求: 人力、财力、物力), R-4.</summary>
public sealed record ResourceNeeds
{
    public static ResourceNeeds None { get; } = new();

    public int Headcount { get; init; }

    public decimal Budget { get; init; }

    /// <summary>Materials and equipment, one item per line; consolidation flags the same item asked by two departments.</summary>
    public string Materials { get; init; } = string.Empty;

    [JsonIgnore]
    public IEnumerable<string> MaterialItems => Materials
        .Split(['\n', ';', '；', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
