using Stopwatch = System.Diagnostics.Stopwatch;
using OpsRhythm.Bot.Hosting.Telemetry;
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
internal sealed class TurnRouter(
    TurnFactory turns,
    CommandParser parser,
    CardActionDispatcher actions,
    ConversationUpdates updates,
    IConversationDirectory conversations,
    IActorResolver actors,
    ReplySender sender,
    IEnumerable<IInvokeHandler> invokes,
    ILogger<TurnRouter> logger,
    IEnumerable<IActivityEventHandler> events)
{
    public async Task<TurnOutcome> RouteAsync(Activity activity, CancellationToken cancellationToken)
    {
        var trace = new TurnTrace(KindOf(activity));
        var started = Stopwatch.GetTimestamp();
        using var span = BotTelemetry.StartTurn(trace);

        // A person waits on this turn: no query across every partition (docs/storage.md).
        using var userPath = HotPath.Enter("turn");
        try
        {
            return await RouteByTypeAsync(activity, trace, cancellationToken);
        }
        catch (Exception) when (Fail(trace))
        {
            throw;
        }
        finally
        {
            BotTelemetry.TurnEnded(span, trace, Stopwatch.GetElapsedTime(started));
        }
    }

    private static bool Fail(TurnTrace trace)
    {
        trace.Outcome = TurnTrace.Failed;
        return false;
    }

    private static string KindOf(Activity activity) => activity.Type switch
    {
        ActivityTypes.Message => "message",
        ActivityTypes.Invoke when activity.Name == InvokeNames.AdaptiveCardAction => "invoke",
        ActivityTypes.Invoke => "invoke.other",
        ActivityTypes.ConversationUpdate => "conversationUpdate",
        ActivityTypes.InstallationUpdate => "installationUpdate",
        ActivityTypes.Event => "event",
        _ => "other",
    };

    private async Task<TurnOutcome> RouteByTypeAsync(Activity activity, TurnTrace trace, CancellationToken cancellationToken)
    {
        switch (activity.Type)
        {
            case ActivityTypes.Message:
                await OnMessageAsync(activity, trace, cancellationToken);
                return TurnOutcome.Accepted;
            case ActivityTypes.Invoke when activity.Name == InvokeNames.AdaptiveCardAction:
                return await OnCardActionAsync(activity, trace, cancellationToken);
            case ActivityTypes.Invoke when invokes.FirstOrDefault(i => i.Handles(activity.Name)) is { } invoke:
                trace.Verb = activity.Name;
                return await invoke.HandleAsync(activity, cancellationToken);
            case ActivityTypes.Invoke:
                TurnLog.InvokeNotHandled(logger, activity.Name);
                trace.Outcome = "notImplemented";
                return TurnOutcome.NotImplemented;
            case ActivityTypes.ConversationUpdate or ActivityTypes.InstallationUpdate:
                await OnConversationUpdateAsync(activity, trace, cancellationToken);
                return TurnOutcome.Accepted;
            case ActivityTypes.Event when events.FirstOrDefault(e => e.Handles(activity)) is { } handler:
                await OnEventAsync(handler, activity, trace, cancellationToken);
                return TurnOutcome.Accepted;
            default:
                return TurnOutcome.Accepted;
        }
    }

    private async Task OnMessageAsync(Activity activity, TurnTrace trace, CancellationToken cancellationToken)
    {
        Turn? turn = null;
        try
        {
            turn = await turns.CreateAsync(activity, cancellationToken);
            await conversations.RememberAsync(activity, turn.ActingAsFrom ?? turn.Actor, cancellationToken);
            if (CardActionRequests.FromSubmit(activity) is { } request)
            {
                await OnSubmitAsync(turn, request, trace, cancellationToken);
            }
            else
            {
                await OnTextAsync(turn, trace, cancellationToken);
            }

            await sender.SendAsync(turn.Replies, BannerFor(turn), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            trace.Outcome = e is StoreUnavailableException ? "storeBusy" : TurnTrace.Failed;
            await ReplyFailureAsync(activity, turn?.Text, e, cancellationToken);
        }
    }

    private async Task OnTextAsync(Turn turn, TurnTrace trace, CancellationToken cancellationToken)
    {
        var text = turn.Activity.TextWithoutBotMention();
        var match = parser.Parse(text);
        if (turn.Actor is null && match is not null && match.Command.Name is not ("help" or "act-as" or "act-as-me"))
        {
            // Nothing else works for someone outside the organisation: say so, with what the administrator needs.
            TurnLog.NotUnderstood(logger, null);
            turn.Reply(ActivityFactory.Text(NotInOrganisation.Describe(turn.Activity, turn.Text)));
        }
        else if (match is not null)
        {
            trace.Verb = match.Command.Name;
            TurnLog.Command(logger, match.Command.Name, turn.Actor?.Id);
            await match.Command.HandleAsync(turn, match.Arguments, cancellationToken);
        }
        else
        {
            trace.Outcome = "notUnderstood";
            TurnLog.NotUnderstood(logger, turn.Actor?.Id);
            // Quoted as plain text, stripped and short: the reply is shown under the bot's name.
            turn.Reply(ActivityFactory.Text(turn.Text.Format("Common.Chat.NotUnderstood", EchoedText.Of(text))) with { TextFormat = "plain" });
        }
    }

    /// <summary>An Action.Submit fallback: a card answer replaces the card it came from, like an invoke's would.</summary>
    private async Task OnSubmitAsync(Turn turn, CardActionRequest request, TurnTrace trace, CancellationToken cancellationToken)
    {
        trace.Verb = VerbOf(request);
        var result = await actions.DispatchAsync(turn, request, cancellationToken);
        trace.Outcome = OutcomeOf(result);
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

    private async Task<TurnOutcome> OnCardActionAsync(Activity activity, TurnTrace trace, CancellationToken cancellationToken)
    {
        var text = Localizer.For(activity.EffectiveLocale);
        if (CardActionRequests.FromInvoke(activity) is not { } request)
        {
            trace.Outcome = "badRequest";
            return TurnOutcome.Invoke(AdaptiveCardInvokeResponse.Error(StatusCodes.Status400BadRequest, "badRequest", text["Common.Error.Malformed"]));
        }

        try
        {
            var turn = await turns.CreateAsync(activity, cancellationToken);
            text = turn.Text;
            trace.Verb = VerbOf(request);
            var result = await actions.DispatchAsync(turn, request, cancellationToken);
            trace.Outcome = OutcomeOf(result);
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
            trace.Outcome = "storeBusy";
            return TurnOutcome.Invoke(AdaptiveCardInvokeResponse.Error(StatusCodes.Status503ServiceUnavailable, "storeBusy", text["Common.Error.StoreBusy"]));
        }
        catch (InvalidDocumentKeyException e)
        {
            TurnLog.ForgedKey(logger, e, request.Verb);
            trace.Outcome = "badRequest";
            return TurnOutcome.Invoke(AdaptiveCardInvokeResponse.Error(StatusCodes.Status400BadRequest, "badRequest", text["Common.Error.Malformed"]));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            TurnLog.TurnFailed(logger, e, activity.Type, request.Verb);
            trace.Outcome = TurnTrace.Failed;
            return TurnOutcome.Invoke(AdaptiveCardInvokeResponse.Error(StatusCodes.Status500InternalServerError, "unexpected", text["Common.Error.Unexpected"]));
        }
    }

    private async Task OnConversationUpdateAsync(Activity activity, TurnTrace trace, CancellationToken cancellationToken)
    {
        try
        {
            var replies = await updates.HandleAsync(activity, cancellationToken);
            await sender.SendAsync(replies, null, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Nobody asked anything: failing to welcome is logged, not answered.
            trace.Outcome = TurnTrace.Failed;
            TurnLog.TurnFailed(logger, e, activity.Type, activity.Action);
        }
    }

    private async Task OnEventAsync(IActivityEventHandler handler, Activity activity, TurnTrace trace, CancellationToken cancellationToken)
    {
        trace.Verb = activity.Name;
        try
        {
            await handler.HandleAsync(activity, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Logged and answered 500, so Teams delivers the event again: the handlers are idempotent per meeting occurrence.
            trace.Outcome = TurnTrace.Failed;
            TurnLog.TurnFailed(logger, e, activity.Type, activity.Name);
            throw;
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

    /// <summary>Only verbs the bot defines reach telemetry: a forged verb is the client's text.</summary>
    private string VerbOf(CardActionRequest request) => actions.Handles(request.Verb) ? request.Verb : "unknown";

    private static string OutcomeOf(CardActionResult result) => result switch
    {
        CardResult => "card",
        MessageResult => "message",
        ErrorResult => "error",
        _ => TurnTrace.Ok,
    };

    /// <summary>Read after the handler ran, so "act as" and "act as me" already show their new state.</summary>
    private string? BannerFor(Turn turn)
    {
        var identity = actors.Resolve(turn.Activity, turn.Organisation);
        return identity is { ActingAsFrom: not null, Actor: { } actor }
            ? turn.Text.Format("Welcome.ActingAsBanner", actor.Name.For(turn.Text.Culture), RejectionText.RoleNames(actor.Roles, turn.Text))
            : null;
    }
}
