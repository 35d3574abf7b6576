using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpsRhythm.Cards.Model;

/// <summary>Serializes cards the way Teams expects: camelCase, enums as camelCase strings, nulls left out.</summary>
public static class CardJson
{
    /// <summary>A card above this many bytes risks 413 MessageSizeTooBig once wrapped in an activity.</summary>
    public const int MaxCardBytes = 28 * 1024;

    public static JsonSerializerOptions Options { get; } = Create();

    /// <summary>The card as Teams receives it, shortened to fit <see cref="MaxCardBytes"/> if it would be larger (see <see cref="CardFit"/>).</summary>
    public static JsonElement ToElement(AdaptiveCard card) => CardCapture.Seen(CardFit.Fit(JsonSerializer.SerializeToElement(card, Options)));

    public static string ToJson(AdaptiveCard card) => JsonSerializer.Serialize(card, Options);

    public static int SizeInBytes(AdaptiveCard card) => JsonSerializer.SerializeToUtf8Bytes(card, Options).Length;

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
