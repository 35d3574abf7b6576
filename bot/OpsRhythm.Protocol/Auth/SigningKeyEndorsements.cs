using System.Collections;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace OpsRhythm.Protocol.Auth;

/// <summary>
/// Reads the Bot Framework's non-standard "endorsements" array from a published JSON Web Key: the channels
/// (e.g. "msteams") whose activities that key may sign.
/// </summary>
internal static class SigningKeyEndorsements
{
    public const string PropertyName = "endorsements";

    public static IReadOnlySet<string> Read(JsonWebKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (!key.AdditionalData.TryGetValue(PropertyName, out var value) || value is null)
        {
            return set;
        }

        // The serializer hands unknown members over as a JsonElement or as a list of objects, depending on version.
        switch (value)
        {
            case JsonElement { ValueKind: JsonValueKind.Array } array:
                set.UnionWith(array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!));
                break;
            case string single:
                set.Add(single);
                break;
            case IEnumerable items:
                set.UnionWith(items.OfType<object>().Select(Describe).OfType<string>());
                break;
        }

        return set;
    }

    private static string? Describe(object item) => item switch
    {
        string text => text,
        JsonElement { ValueKind: JsonValueKind.String } element => element.GetString(),
        _ => null,
    };
}
