using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Storage.Documents;

/// <summary>
/// How both stores turn values into documents: System.Text.Json web defaults (camelCase), Chinese
/// kept readable rather than \u-escaped, enums as their names so stored documents and query filters
/// stay meaningful when read by a person or by a query in the Azure portal.
/// </summary>
public static class DocumentJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>The document as stored: the value's properties plus "id", "pk" and "type".</summary>
    internal static byte[] ToDocument(DocumentKey key, object value, Type valueType)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (JsonSerializer.SerializeToNode(value, valueType, Options) is not JsonObject properties)
        {
            throw new ArgumentException($"A document must serialize to a JSON object; {valueType.Name} does not.", nameof(value));
        }

        var document = new JsonObject
        {
            [DocumentTypes.IdProperty] = key.Id,
            [DocumentTypes.PartitionKeyProperty] = key.PartitionKey,
            [DocumentTypes.TypeProperty] = valueType.Name,
        };
        foreach (var (name, node) in properties.ToList())
        {
            if (document.ContainsKey(name))
            {
                CheckReservedProperty(key, valueType, name, node);
                continue;
            }

            properties.Remove(name);
            document[name] = node;
        }

        return JsonSerializer.SerializeToUtf8Bytes(document, Options);
    }

    internal static T FromDocument<T>(ReadOnlySpan<byte> utf8Json) =>
        JsonSerializer.Deserialize<T>(utf8Json, Options)
        ?? throw new InvalidOperationException($"A stored document deserialized to null as {typeof(T).Name}.");

    /// <summary>
    /// A point read's document as <typeparamref name="T"/>, or null when the id holds another entity
    /// type: several types share a partition, so a forged or mistaken id must read as "not found"
    /// rather than as a half-filled value of the wrong type (or a deserialization failure).
    /// </summary>
    internal static bool TryFromDocumentOfType<T>(JsonDocument document, out T value)
    {
        if (document.RootElement.TryGetProperty(DocumentTypes.TypeProperty, out var type)
            && type.ValueKind == JsonValueKind.String
            && !type.ValueEquals(typeof(T).Name))
        {
            value = default!;
            return false;
        }

        value = document.Deserialize<T>(Options)
            ?? throw new InvalidOperationException($"A stored document deserialized to null as {typeof(T).Name}.");
        return true;
    }

    internal static T FromDocument<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options)
        ?? throw new InvalidOperationException($"A stored document deserialized to null as {typeof(T).Name}.");

    /// <summary>
    /// A filter value as the JSON scalar it is stored as (so an enum filter matches its stored name):
    /// string, long, double, bool or null.
    /// </summary>
    internal static object? ToScalar(object? value)
    {
        if (value is null)
        {
            return null;
        }

        var element = JsonSerializer.SerializeToElement(value, value.GetType(), Options);
        return element.ValueKind switch
        {
            JsonValueKind.String => element.GetString(),
            JsonValueKind.Number => element.TryGetInt64(out var integer) ? integer : element.GetDouble(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Null => null,
            _ => throw new ArgumentException($"Query filters compare scalars; {value.GetType().Name} serializes to a JSON {element.ValueKind}.", nameof(value)),
        };
    }

    private static void CheckReservedProperty(DocumentKey key, Type valueType, string name, JsonNode? node)
    {
        // A value's own "id" is fine when it is the document's id (records like AuditEvent carry it);
        // anything else would be silently overwritten and read back wrong, so it is a programming error.
        var sameId = name == DocumentTypes.IdProperty
            && node is JsonValue idValue
            && idValue.TryGetValue<string>(out var id)
            && id == key.Id;
        if (!sameId)
        {
            throw new ArgumentException(
                $"{valueType.Name} has a property \"{name}\" that the store reserves (\"id\" must equal the document id {key.Id}; \"pk\" and \"type\" are the store's). Rename the property.",
                nameof(valueType));
        }
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
