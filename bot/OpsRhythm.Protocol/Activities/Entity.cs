using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpsRhythm.Protocol.Activities;

/// <summary>An activity entity kept whole; typed views are read on demand with <see cref="As{T}"/>.</summary>
public sealed record Entity(string Type)
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; init; }

    public T? As<T>() where T : class
    {
        try
        {
            var json = JsonSerializer.SerializeToElement(this, ProtocolJson.Options);
            return json.Deserialize<T>(ProtocolJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static Entity From<T>(string type, T value)
    {
        var element = JsonSerializer.SerializeToElement(value, ProtocolJson.Options);
        var properties = element.EnumerateObject()
            .Where(p => p.Name != "type")
            .ToDictionary(p => p.Name, p => p.Value.Clone());
        return new Entity(type) { Properties = properties };
    }
}
