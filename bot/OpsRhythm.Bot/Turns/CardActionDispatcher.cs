using OpsRhythm.Bot.Organisation;
using OpsRhythm.Protocol.Invokes;

namespace OpsRhythm.Bot.Turns;

/// <summary>Routes a card action to the handler registered for its verb.</summary>
public sealed class CardActionDispatcher
{
    private readonly Dictionary<string, ICardActionHandler> _handlers = new(StringComparer.Ordinal);

    public CardActionDispatcher(IEnumerable<ICardActionHandler> handlers)
    {
        ArgumentNullException.ThrowIfNull(handlers);
        foreach (var handler in handlers)
        {
            foreach (var verb in handler.Verbs)
            {
                if (!_handlers.TryAdd(verb, handler))
                {
                    throw new InvalidOperationException($"Two card action handlers claim the verb '{verb}': {_handlers[verb].GetType().Name} and {handler.GetType().Name}.");
                }
            }
        }
    }

    public bool Handles(string verb) => _handlers.ContainsKey(verb);

    public async Task<CardActionResult> DispatchAsync(Turn turn, CardActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(request);
        if (!_handlers.TryGetValue(request.Verb, out var handler))
        {
            return CardActionResult.ShowError(StatusCodes.Status400BadRequest, "unknownAction", turn.Text["Common.Error.UnknownAction"]);
        }

        // Every card action changes or shows organisation data: someone outside the organisation may do none of them.
        if (turn.Actor is null)
        {
            return CardActionResult.ShowError(StatusCodes.Status403Forbidden, "unknownPerson", NotInOrganisation.Describe(turn.Activity, turn.Text));
        }

        return await handler.HandleAsync(turn, request, cancellationToken);
    }

    /// <summary>The invoke response body a result becomes; cards are passed in already serialized (with any banner).</summary>
    public static AdaptiveCardInvokeResponse ToInvokeResponse(CardActionResult result, Func<CardResult, System.Text.Json.JsonElement> renderCard)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(renderCard);
        return result switch
        {
            CardResult card => AdaptiveCardInvokeResponse.Card(renderCard(card)),
            MessageResult message => AdaptiveCardInvokeResponse.Message(message.Text),
            ErrorResult error => AdaptiveCardInvokeResponse.Error(error.StatusCode, error.Code, error.Message),
            _ => throw new InvalidOperationException($"Unknown card action result {result.GetType().Name}."),
        };
    }
}
