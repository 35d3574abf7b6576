using System.Text.Json;
using OpsRhythm.Bot.Organisation;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Domain.Time;
using OpsRhythm.Domain.Workflow;
using OpsRhythm.Protocol.Activities;
using OpsRhythm.Protocol.Extensions;
using OpsRhythm.Protocol.Invokes;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Extension;

/// <summary>
/// The message extension's invokes, answered as Teams expects them (HTTP 200 with <c>composeExtension</c> results or
/// a <c>task</c> dialog). In this order: a value that is not what Teams sends is a 400 before anything is read; the
/// person must be in the organisation; the command's declared rule (who may use it) is checked before any item is
/// read; then the command. A refusal is answered in words naming who may act, in the compose box or the dialog.
/// </summary>
internal sealed class ExtensionInvokes(
    TurnFactory turns, OrganisationClock clock, ExtensionSearch search, IEnumerable<IMessageCommand> commands, ILogger<ExtensionInvokes> logger) : IInvokeHandler
{
    public bool Handles(string? invokeName) => InvokeNames.IsExtension(invokeName);

    public async Task<TurnOutcome> HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        var text = Localizer.For(activity.EffectiveLocale);
        if (ExtensionRequest.Read(activity, commands) is not { } request)
        {
            ExtensionLog.Malformed(logger, activity.Name);
            return Answer(StatusCodes.Status400BadRequest, ExtensionResponse.Message(text["Common.Error.Malformed"]));
        }

        try
        {
            var turn = await turns.CreateAsync(activity, cancellationToken);
            text = turn.Text;
            if (turn.Actor is not { } actor)
            {
                return Refuse(request, NotInOrganisation.Describe(activity, text));
            }

            var context = new ExtensionTurn(turn, actor, clock.Today(turn.Organisation));
            var card = new CardTurn(turn, actor, new CardActionRequest(request.Name, request.Data, false));
            if (request.Access.Check(actor, turn.Organisation, card.Request) is { } rejection)
            {
                return Refuse(request, rejection.Reason == RejectionReason.NotFound ? text["Common.Rejection.NotFound"] : Cards.Common.RejectionText.Describe(rejection, text, turn.Organisation));
            }

            ExtensionLog.Invoke(logger, request.Name, request.CommandId, actor.Id);
            var response = request.Name switch
            {
                InvokeNames.ExtensionQuery => await search.QueryAsync(context, request.Query!, cancellationToken),
                InvokeNames.ExtensionQueryLink => await search.UnfurlAsync(context, request.Link!, cancellationToken),
                InvokeNames.ExtensionFetchTask => await request.Command!.FetchAsync(context, request.Action!.MessagePayload, cancellationToken),
                _ => await request.Command!.SubmitAsync(context, card, cancellationToken),
            };
            return Answer(StatusCodes.Status200OK, response);
        }
        catch (StoreUnavailableException e)
        {
            // Nothing was written: the dialog stays open with what was typed, to submit again.
            TurnLog.StoreBusy(logger, e);
            return Refuse(request, text["Common.Error.StoreBusy"]);
        }
        catch (InvalidDocumentKeyException e)
        {
            TurnLog.ForgedKey(logger, e, request.CommandId);
            return Answer(StatusCodes.Status400BadRequest, ExtensionResponse.Message(text["Common.Error.Malformed"]));
        }
    }

    /// <summary>A refusal in words: in the compose box for a search or a link, in the dialog for an action command.</summary>
    private static TurnOutcome Refuse(ExtensionRequest request, string message) =>
        Answer(StatusCodes.Status200OK, request.Command is null ? ExtensionResponse.Message(message) : ExtensionResponse.Done(message));

    private static TurnOutcome Answer(int status, ExtensionResponse response) =>
        TurnOutcome.Answer(status, JsonSerializer.SerializeToElement(response, ProtocolJson.Options));
}
