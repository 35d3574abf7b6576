using OpsRhythm.Bot.Turns;
using OpsRhythm.Cards.Common;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Workflow;
using OpsRhythm.Protocol.Activities;

namespace OpsRhythm.Bot.Indicators;

/// <summary>The replies the indicator, risk and improvement handlers share.</summary>
public static class CardReplies
{
    public static void ReplyCard(this Turn turn, AdaptiveCard card)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(card);
        turn.Reply(ActivityFactory.Card(CardJson.ToElement(card), card.FallbackText));
    }

    public static void ReplyRejection(this Turn turn, Rejection rejection)
    {
        ArgumentNullException.ThrowIfNull(turn);
        turn.Reply(ActivityFactory.Text(RejectionText.Describe(rejection, turn.Text, turn.Organisation)));
    }

    /// <summary>403 naming who may act, as Teams shows an invoke error.</summary>
    public static CardActionResult Forbidden(Turn turn, Rejection rejection)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return CardActionResult.ShowError(StatusCodes.Status403Forbidden, "forbidden", RejectionText.Describe(rejection, turn.Text, turn.Organisation));
    }

    public static CardActionResult NotFound(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return CardActionResult.ShowError(StatusCodes.Status404NotFound, "notFound", turn.Text["Common.Rejection.NotFound"]);
    }
}
