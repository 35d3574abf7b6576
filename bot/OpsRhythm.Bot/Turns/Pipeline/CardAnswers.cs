using OpsRhythm.Cards.Common;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Bot.Turns.Pipeline;

/// <summary>
/// The one way a card action answers when it does not show its card: not found, a refusal naming who may
/// act, bad input that has no field to stand beside. A stale click and field errors are answered with the
/// current card (see <see cref="CardPipeline"/>).
/// </summary>
internal static class CardAnswers
{
    /// <summary>The notice a stale click or a lost race shows above the current card.</summary>
    public const string StaleNoticeKey = "Common.Rejection.StaleVersion";

    public static CardActionResult NotFound(CardTurn card) => NotFound(card.Turn);

    public static CardActionResult NotFound(Turn turn) =>
        CardActionResult.ShowError(StatusCodes.Status404NotFound, "notFound", turn.Text["Common.Rejection.NotFound"]);

    /// <summary>403 naming who may act, as Teams shows an invoke error.</summary>
    public static CardActionResult Forbidden(CardTurn card, Rejection rejection) => Forbidden(card.Turn, rejection);

    public static CardActionResult Forbidden(Turn turn, Rejection rejection) =>
        CardActionResult.ShowError(StatusCodes.Status403Forbidden, "forbidden", RejectionText.Describe(rejection, turn.Text, turn.Organisation));

    /// <summary>A refusal about who acts (not about the state or the input) as a 403; null for any other refusal, which the card shows.</summary>
    public static CardActionResult? Refusal(Turn turn, Rejection rejection) =>
        IsAboutWhoActs(rejection) ? Forbidden(turn, rejection) : null;

    public static bool IsAboutWhoActs(Rejection rejection) =>
        rejection.Reason is RejectionReason.RoleNotAllowed or RejectionReason.NotYourDepartment;

    public static string StaleNotice(CardTurn card) => card.Text[StaleNoticeKey];
}
