using OpsRhythm.Bot.Organisation;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Domain.Workflow;
using OpsRhythm.Protocol.Invokes;

namespace OpsRhythm.Bot.Turns;

/// <summary>
/// Routes a card action to the handler registered for its verb, after checking the verb's
/// <see cref="VerbAccess"/>: who may click it and whether the department it names is theirs to see.
/// </summary>
internal sealed class CardActionDispatcher
{
    private readonly Dictionary<string, (ICardActionHandler Handler, VerbAccess Access)> _handlers = new(StringComparer.Ordinal);

    public CardActionDispatcher(IEnumerable<ICardActionHandler> handlers)
    {
        foreach (var handler in handlers)
        {
            foreach (var (verb, access) in handler.Access)
            {
                if (access is null)
                {
                    throw new InvalidOperationException($"{handler.GetType().Name} registers the verb '{verb}' without an access rule.");
                }

                if (!_handlers.TryAdd(verb, (handler, access)))
                {
                    throw new InvalidOperationException($"Two card action handlers claim the verb '{verb}': {_handlers[verb].Handler.GetType().Name} and {handler.GetType().Name}.");
                }
            }
        }
    }

    /// <summary>The longest any card value may be: the largest field a card offers (an indicator CSV paste).</summary>
    public const int MaxValueLength = 20_000;

    public bool Handles(string verb) => _handlers.ContainsKey(verb);

    /// <summary>Every registered verb with its rule (the access matrix test walks these).</summary>
    public IReadOnlyDictionary<string, VerbAccess> Rules => _handlers.ToDictionary(h => h.Key, h => h.Value.Access, StringComparer.Ordinal);

    public async Task<CardActionResult> DispatchAsync(Turn turn, CardActionRequest request, CancellationToken cancellationToken)
    {
        if (!_handlers.TryGetValue(request.Verb, out var registered))
        {
            return CardActionResult.ShowError(StatusCodes.Status400BadRequest, "unknownAction", turn.Text["Common.Error.UnknownAction"]);
        }

        // Every card action changes or shows organisation data: someone outside the organisation may do none of them.
        if (turn.Actor is null)
        {
            return CardActionResult.ShowError(StatusCodes.Status403Forbidden, "unknownPerson", NotInOrganisation.Describe(turn.Activity, turn.Text));
        }

        // Before anything is read: a refused click learns nothing, not even whether its version is current.
        if (registered.Access.Check(turn.Actor, turn.Organisation, request, turn.Today) is { } rejection)
        {
            return rejection.Reason == RejectionReason.NotFound
                ? CardAnswers.NotFound(turn)
                : CardAnswers.Forbidden(turn, rejection);
        }

        // Each form checks its own fields against the limits its card states; this bounds every other
        // value (ids, hidden data, fields a crafted request adds) so no handler ever stores or echoes more.
        if (request.Data.Values.Any(v => v.Length > MaxValueLength))
        {
            return CardActionResult.ShowError(StatusCodes.Status400BadRequest, "tooLong", turn.Text.Format(TextLimit.TooLongKey, MaxValueLength));
        }

        return await registered.Handler.HandleAsync(new CardTurn(turn, turn.Actor, request), cancellationToken);
    }

    /// <summary>The invoke response body a result becomes; cards are passed in already serialized (with any banner).</summary>
    public static AdaptiveCardInvokeResponse ToInvokeResponse(CardActionResult result, Func<CardResult, System.Text.Json.JsonElement> renderCard)
    {
        return result switch
        {
            CardResult card => AdaptiveCardInvokeResponse.Card(renderCard(card)),
            MessageResult message => AdaptiveCardInvokeResponse.Message(message.Text),
            ErrorResult error => AdaptiveCardInvokeResponse.Error(error.StatusCode, error.Code, error.Message),
            _ => throw new InvalidOperationException($"Unknown card action result {result.GetType().Name}."),
        };
    }
}
