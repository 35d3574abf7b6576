using OpsRhythm.Protocol.Activities;

namespace OpsRhythm.Bot.Turns;

/// <summary>
/// Answers invokes other than <c>adaptiveCard/action</c> (a message extension's): the feature that owns them
/// registers one, so the router routes them without knowing the feature. It builds its own answer body,
/// including the 400 for a malformed value.
/// </summary>
internal interface IInvokeHandler
{
    bool Handles(string? invokeName);

    Task<TurnOutcome> HandleAsync(Activity activity, CancellationToken cancellationToken);
}
