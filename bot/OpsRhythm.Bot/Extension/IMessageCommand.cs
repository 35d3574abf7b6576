using OpsRhythm.Bot.Turns;
using OpsRhythm.Protocol.Extensions;

namespace OpsRhythm.Bot.Extension;

/// <summary>
/// An action command run on a message: the dialog it opens, prefilled from the message (fetchTask), and what its
/// submit creates (submitAction), through the same creation path as the feature's own card verb.
/// </summary>
internal interface IMessageCommand
{
    string CommandId { get; }

    /// <summary>Who may run it, checked before the dialog opens and again before its submit is read.</summary>
    VerbAccess Access { get; }

    Task<ExtensionResponse> FetchAsync(ExtensionTurn turn, ExtensionMessage? message, CancellationToken cancellationToken);

    /// <summary>The dialog's inputs are <paramref name="card"/>'s request data.</summary>
    Task<ExtensionResponse> SubmitAsync(ExtensionTurn turn, CardTurn card, CancellationToken cancellationToken);
}
