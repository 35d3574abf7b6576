using OpsRhythm.Protocol.Activities;

namespace OpsRhythm.Bot.Turns;

/// <summary>
/// A handler of Teams event activities (<c>type: "event"</c>, e.g. a meeting's start and end): nobody waits on
/// an answer, so it acts and writes its messages to the outbox; the router answers 200 whatever happens.
/// </summary>
internal interface IActivityEventHandler
{
    bool Handles(Activity activity);

    Task HandleAsync(Activity activity, CancellationToken cancellationToken);
}
