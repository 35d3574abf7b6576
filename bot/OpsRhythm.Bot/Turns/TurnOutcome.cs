using OpsRhythm.Protocol.Invokes;

namespace OpsRhythm.Bot.Turns;

/// <summary>The HTTP answer to an activity: 200 with an invoke response body, or a bare status.</summary>
internal sealed record TurnOutcome(int StatusCode, AdaptiveCardInvokeResponse? InvokeResponse)
{
    public static TurnOutcome Accepted { get; } = new(StatusCodes.Status200OK, null);

    /// <summary>Invokes the bot has no handler for, as the Bot Framework SDK answers them.</summary>
    public static TurnOutcome NotImplemented { get; } = new(StatusCodes.Status501NotImplemented, null);

    public static TurnOutcome Invoke(AdaptiveCardInvokeResponse response) => new(StatusCodes.Status200OK, response);
}
