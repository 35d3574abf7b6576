using OpsRhythm.Bot.Turns;

namespace OpsRhythm.UnitTests;

/// <summary>Tests that call a card handler directly (past the dispatcher) hand it the turn's known actor as the dispatcher would.</summary>
internal static class CardTurnCalls
{
    public static Task<CardActionResult> HandleAsync(this ICardActionHandler handler, Turn turn, CardActionRequest request, CancellationToken cancellationToken) =>
        handler.HandleAsync(new CardTurn(turn, turn.Actor ?? throw new InvalidOperationException("A card action needs an actor; the dispatcher refuses it without one."), request), cancellationToken);
}
