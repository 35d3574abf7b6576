using OpsRhythm.Cards.Common;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Workflow;
using OpsRhythm.Protocol.Activities;

namespace OpsRhythm.Bot.Turns;

/// <summary>Replies a chat command queues on its turn: a card, or a refusal in words naming who may act.</summary>
internal static class TurnReplies
{
    public static void ReplyCard(this Turn turn, AdaptiveCard card)
    {
        turn.Reply(ActivityFactory.Card(CardJson.ToElement(card), card.FallbackText));
    }

    public static void ReplyRejection(this Turn turn, Rejection rejection)
    {
        turn.Reply(ActivityFactory.Text(RejectionText.Describe(rejection, turn.Text, turn.Organisation)));
    }
}
