using OpsRhythm.Bot.Organisation;
using OpsRhythm.Cards.Common;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Protocol.Activities;
using OpsRhythm.Protocol.Invokes;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Turns;

/// <summary>
/// Routes an authenticated activity: text to the chat command it starts with, card actions
/// (Action.Execute invokes and Action.Submit messages) to the handler of their verb, install events
/// to the welcome. Failures become a readable answer in the user's language, never a raw 500.
/// </summary>
public sealed class TurnRouter(
    TurnFactory turns,
    CommandParser parser,
    CardActionDispatcher actions,
    ConversationUpdates updates,
    IConversationDirectory conversations,
    IActorResolver actors,
    ReplySender sender,
    ILogger<TurnRouter> logger)
{
    public async Task<TurnOutcome> RouteAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);

        // A person waits on this turn: no query across every partition (docs/storage.md).
        using var userPath = HotPath.Enter("turn");
        switch (activity.Type)
        {
            case ActivityTypes.Message:
                await OnMessageAsync(activity, cancellationToken);
                return TurnOutcome.Accepted;
            case ActivityTypes.Invoke when activity.Name == InvokeNames.AdaptiveCardAction:
                return await OnCardActionAsync(activity, cancellationToken);
            case ActivityTypes.Invoke:
                TurnLog.InvokeNotHandled(logger, activity.Name);
                return TurnOutcome.NotImplemented;
            case ActivityTypes.ConversationUpdate or ActivityTypes.InstallationUpdate:
                await OnConversationUpdateAsync(activity, cancellationToken);
                return TurnOutcome.Accepted;
            default:
                return TurnOutcome.Accepted;
        }
    }

    private async Task OnMessageAsync(Activity activity, CancellationToken cancellationToken)
    {
        Turn? turn = null;
        try
        {
            turn = await turns.CreateAsync(activity, cancellationToken);
            await conversations.RememberAsync(activity, turn.ActingAsFrom ?? turn.Actor, cancellationToken);
            if (CardActionRequests.FromSubmit(activity) is { } request)
            {
                await OnSubmitAsync(turn, request, cancellationToken);
            }
            else
            {
                await OnTextAsync(turn, cancellationToken);
            }

            await sender.SendAsync(turn.Replies, BannerFor(turn), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await ReplyFailureAsync(activity, turn?.Text, e, cancellationToken);
        }
    }

    private async Task OnTextAsync(Turn turn, CancellationToken cancellationToken)
    {
        var text = turn.Activity.TextWithoutBotMention();
        if (parser.Parse(text) is { } match)
        {
            TurnLog.Command(logger, match.Command.Name, turn.Actor?.Id);
            await match.Command.HandleAsync(turn, match.Arguments, cancellationToken);
        }
        else
        {
            TurnLog.NotUnderstood(logger, turn.Actor?.Id);
            turn.Reply(ActivityFactory.Text(turn.Text.Format("Common.Chat.NotUnderstood", text)));
        }
    }

    /// <summary>An Action.Submit fallback: a card answer replaces the card it came from, like an invoke's would.</summary>
    private async Task OnSubmitAsync(Turn turn, CardActionRequest request, CancellationToken cancellationToken)
    {
        var result = await actions.DispatchAsync(turn, request, cancellationToken);
        TurnLog.CardAction(logger, request.Verb, result.GetType().Name, turn.Actor?.Id);
        switch (result)
        {
            case CardResult card when turn.Activity.ReplyToId is { Length: > 0 } cardActivityId:
                var replacement = ActivityFactory.Card(CardJson.ToElement(card.Card)).AsReplyTo(turn.Activity);
                await sender.UpdateAsync(cardActivityId, replacement, BannerFor(turn), cancellationToken);
                break;
            case CardResult card:
                turn.Reply(ActivityFactory.Card(CardJson.ToElement(card.Card)));
                break;
            case MessageResult message:
                turn.Reply(ActivityFactory.Text(message.Text));
                break;
            case ErrorResult error:
                turn.Reply(ActivityFactory.Text(error.Message));
                break;
        }
    }

    private async Task<TurnOutcome> OnCardActionAsync(Activity activity, CancellationToken cancellationToken)
    {
        var text = Localizer.For(activity.EffectiveLocale);
        if (CardActionRequests.FromInvoke(activity) is not { } request)
        {
            return TurnOutcome.Invoke(AdaptiveCardInvokeResponse.Error(StatusCodes.Status400BadRequest, "badRequest", text["Common.Error.Malformed"]));
        }

        try
        {
            var turn = await turns.CreateAsync(activity, cancellationToken);
            text = turn.Text;
            var result = await actions.DispatchAsync(turn, request, cancellationToken);
            TurnLog.CardAction(logger, request.Verb, result.GetType().Name, turn.Actor?.Id);
            var banner = BannerFor(turn);
            var response = CardActionDispatcher.ToInvokeResponse(result, card =>
                banner is null ? CardJson.ToElement(card.Card) : ActingAsBanner.ApplyToCard(CardJson.ToElement(card.Card), banner));
            await sender.SendAsync(turn.Replies, banner, cancellationToken);
            return TurnOutcome.Invoke(response);
        }
        catch (StoreUnavailableException e)
        {
            // Nothing was written (a change is one batch): the card stays as the user left it, inputs
            // and all, so clicking again once the store answers retries exactly what they typed.
            TurnLog.StoreBusy(logger, e);
            return TurnOutcome.Invoke(AdaptiveCardInvokeResponse.Error(StatusCodes.Status503ServiceUnavailable, "storeBusy", text["Common.Error.StoreBusy"]));
        }
        catch (InvalidDocumentKeyException e)
        {
            TurnLog.ForgedKey(logger, e, request.Verb);
            return TurnOutcome.Invoke(AdaptiveCardInvokeResponse.Error(StatusCodes.Status400BadRequest, "badRequest", text["Common.Error.Malformed"]));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            TurnLog.TurnFailed(logger, e, activity.Type, request.Verb);
            return TurnOutcome.Invoke(AdaptiveCardInvokeResponse.Error(StatusCodes.Status500InternalServerError, "unexpected", text["Common.Error.Unexpected"]));
        }
    }

    private async Task OnConversationUpdateAsync(Activity activity, CancellationToken cancellationToken)
    {
        try
        {
            var replies = await updates.HandleAsync(activity, cancellationToken);
            await sender.SendAsync(replies, null, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Nobody asked anything: failing to welcome is logged, not answered.
            TurnLog.TurnFailed(logger, e, activity.Type, activity.Action);
        }
    }

    private async Task ReplyFailureAsync(Activity activity, Localizer? text, Exception failure, CancellationToken cancellationToken)
    {
        string key;
        if (failure is StoreUnavailableException)
        {
            TurnLog.StoreBusy(logger, failure);
            key = "Common.Error.StoreBusy";
        }
        else if (failure is InvalidDocumentKeyException)
        {
            TurnLog.ForgedKey(logger, failure, null);
            key = "Common.Error.Malformed";
        }
        else
        {
            TurnLog.TurnFailed(logger, failure, activity.Type, null);
            key = "Common.Error.Unexpected";
        }

        text ??= Localizer.For(activity.EffectiveLocale);
        try
        {
            await sender.SendAsync([ActivityFactory.Text(text[key]).AsReplyTo(activity)], null, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            TurnLog.ReplyFailed(logger, e);
        }
    }

    /// <summary>Read after the handler ran, so "act as" and "act as me" already show their new state.</summary>
    private string? BannerFor(Turn turn)
    {
        var identity = actors.Resolve(turn.Activity, turn.Organisation);
        return identity is { ActingAsFrom: not null, Actor: { } actor }
            ? turn.Text.Format("Welcome.ActingAsBanner", actor.Name.For(turn.Text.Culture), RejectionText.RoleNames(actor.Roles, turn.Text))
            : null;
    }
}
