using System.Text.Json;

namespace OpsRhythm.Cards.Model;

/// <summary>
/// Lets a test run see every card the bot renders, so each real variant (not only the catalog's samples)
/// goes through the official validator. Null in production: the integration tests set it once, at load
/// (see tests/OpsRhythm.IntegrationTests/CardCatalog/CapturedCards.cs).
/// </summary>
public static class CardCapture
{
    public static Action<JsonElement>? Observer { get; set; }

    internal static JsonElement Seen(JsonElement card)
    {
        Observer?.Invoke(card);
        return card;
    }
}
