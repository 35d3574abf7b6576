using System.Text.Json;
using OpsRhythm.Protocol.Activities;

namespace OpsRhythm.Protocol.Extensions;

/// <summary>Reads a message extension invoke's value; null when it is missing or not the shape Teams sends (a 400).</summary>
public static class ExtensionInvokeValue
{
    public static T? Read<T>(Activity activity)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Value is not { ValueKind: JsonValueKind.Object } value)
        {
            return null;
        }

        try
        {
            return value.Deserialize<T>(ProtocolJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
