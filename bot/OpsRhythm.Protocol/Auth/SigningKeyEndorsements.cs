using System.Text.Json;

namespace OpsRhythm.Protocol.Auth;

/// <summary>
/// Reads the Bot Framework's non-standard "endorsements" array from a published JSON Web Key: the channels
/// (e.g. "msteams") whose activities that key may sign. Entries that are not strings are ignored.
/// </summary>
internal static class SigningKeyEndorsements
{
    public const string PropertyName = "endorsements";

    public static IReadOnlySet<string> Read(JsonElement key)
    {
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (key.ValueKind != JsonValueKind.Object || !key.TryGetProperty(PropertyName, out var value))
        {
            return set;
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.Array:
                set.UnionWith(value.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!));
                break;
            case JsonValueKind.String:
                set.Add(value.GetString()!);
                break;
        }

        return set;
    }
}
