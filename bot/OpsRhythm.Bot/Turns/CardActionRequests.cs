using System.Text.Json;
using OpsRhythm.Cards.Actions;
using OpsRhythm.Protocol.Activities;
using OpsRhythm.Protocol.Invokes;

namespace OpsRhythm.Bot.Turns;

/// <summary>Reads a <see cref="CardActionRequest"/> from an adaptiveCard/action invoke or from an Action.Submit message.</summary>
internal static class CardActionRequests
{
    /// <summary>The clicked Action.Execute; null when the invoke carries no verb.</summary>
    public static CardActionRequest? FromInvoke(Activity activity)
    {
        if (activity.Value is not { ValueKind: JsonValueKind.Object } value)
        {
            return null;
        }

        AdaptiveCardInvokeValue? invoke;
        try
        {
            invoke = value.Deserialize<AdaptiveCardInvokeValue>(ProtocolJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }

        var data = ToStrings(invoke?.Action?.Data);
        var verb = invoke?.Action?.Verb is { Length: > 0 } v ? v : data.GetValueOrDefault(ActionData.VerbKey);
        return string.IsNullOrWhiteSpace(verb) ? null : new CardActionRequest(verb, data, invoke?.IsRefresh == true);
    }

    /// <summary>An Action.Submit (the fallback of every Action.Execute) arrives as a message whose value holds the verb.</summary>
    public static CardActionRequest? FromSubmit(Activity activity)
    {
        var data = ToStrings(activity.Value);
        return data.TryGetValue(ActionData.VerbKey, out var verb) && !string.IsNullOrWhiteSpace(verb)
            ? new CardActionRequest(verb, data, false)
            : null;
    }

    /// <summary>Teams sends inputs as strings; anything else (numbers from our own data, objects) is kept as its JSON text.</summary>
    private static Dictionary<string, string> ToStrings(JsonElement? element)
    {
        var data = new Dictionary<string, string>(StringComparer.Ordinal);
        if (element is not { ValueKind: JsonValueKind.Object } obj)
        {
            return data;
        }

        foreach (var property in obj.EnumerateObject())
        {
            data[property.Name] = property.Value.ValueKind switch
            {
                JsonValueKind.String => property.Value.GetString() ?? string.Empty,
                JsonValueKind.Null => string.Empty,
                _ => property.Value.GetRawText(),
            };
        }

        return data;
    }
}
