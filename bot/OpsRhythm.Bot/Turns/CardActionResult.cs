using OpsRhythm.Cards.Model;

namespace OpsRhythm.Bot.Turns;

/// <summary>What a card action answers: a card that replaces the clicked one, a message, or an error.</summary>
internal abstract record CardActionResult
{
    public static CardActionResult ShowCard(AdaptiveCard card) => new CardResult(card);

    public static CardActionResult ShowMessage(string text) => new MessageResult(text);

    /// <summary>An error Teams shows as text; 400 for bad input, 403 for a forbidden action.</summary>
    public static CardActionResult ShowError(int statusCode, string code, string message) => new ErrorResult(statusCode, code, message);
}

internal sealed record CardResult(AdaptiveCard Card) : CardActionResult;

internal sealed record MessageResult(string Text) : CardActionResult;

internal sealed record ErrorResult(int StatusCode, string Code, string Message) : CardActionResult;
