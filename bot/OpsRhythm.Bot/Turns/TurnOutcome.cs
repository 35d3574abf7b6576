using OpsRhythm.Protocol.Invokes;

namespace OpsRhythm.Bot.Turns;

/// <summary>The HTTP answer to an activity: 200 with an invoke response body, or a bare status.</summary>
internal sealed record TurnOutcome(int StatusCode, AdaptiveCardInvokeResponse? InvokeResponse)
{
    /// <summary>Any other invoke's answer (a message extension's), sent as it is with <see cref="StatusCode"/>.</summary>
    public System.Text.Json.JsonElement? Body { get; init; }

    public static TurnOutcome Accepted { get; } = new(StatusCodes.Status200OK, null);

    /// <summary>Invokes the bot has no handler for, as the Bot Framework SDK answers them.</summary>
    public static TurnOutcome NotImplemented { get; } = new(StatusCodes.Status501NotImplemented, null);

    public static TurnOutcome Invoke(AdaptiveCardInvokeResponse response) => new(StatusCodes.Status200OK, response);

    /// <summary>An invoke answered with <paramref name="body"/> and <paramref name="statusCode"/> (a 400 for a malformed one).</summary>
    public static TurnOutcome Answer(int statusCode, System.Text.Json.JsonElement body) => new(statusCode, null) { Body = body };
}
