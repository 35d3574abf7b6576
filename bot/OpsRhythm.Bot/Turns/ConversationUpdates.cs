using OpsRhythm.Bot.Messaging;
using OpsRhythm.Bot.Organisation;
using OpsRhythm.Cards.Model;
using OpsRhythm.Cards.Welcome;
using OpsRhythm.Protocol.Activities;

namespace OpsRhythm.Bot.Turns;

/// <summary>
/// conversationUpdate and installationUpdate: remember where the bot can post, and welcome the
/// person (or the channel) once when the app is installed.
/// </summary>
public sealed class ConversationUpdates(
    TurnFactory turns,
    IConversationDirectory conversations,
    CommandCatalog catalog,
    IConfiguration configuration)
{
    public async Task<IReadOnlyList<Activity>> HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var turn = await turns.CreateAsync(activity, cancellationToken);
        await conversations.RememberAsync(activity, turn.ActingAsFrom ?? turn.Actor, cancellationToken);
        if (!IsInstallation(activity) || !await conversations.TryMarkWelcomedAsync(activity.Conversation!.Id, cancellationToken))
        {
            return [];
        }

        var shared = turn.ConversationType != ConversationTypes.Personal;
        var person = shared ? null : turn.Actor;
        var view = new WelcomeView(person, catalog.For(shared ? null : person?.Roles), LocalRun.IsEnabled(configuration)) { IsShared = shared };
        turn.Reply(ActivityFactory.Card(CardJson.ToElement(WelcomeCard.Build(view, turn.Text)), turn.Text["Welcome.Title"]));
        return turn.Replies;
    }

    /// <summary>
    /// The app was added: to a personal scope, a chat or a team. Members joining a team or chat the
    /// bot is already in are not greeted, or every new colleague would trigger a post to everyone.
    /// </summary>
    internal static bool IsInstallation(Activity activity) => activity.Type switch
    {
        ActivityTypes.InstallationUpdate => activity.Action is "add" or "add-upgrade",
        ActivityTypes.ConversationUpdate => activity.MembersAdded is { Count: > 0 } added
            && (added.Any(m => m.Id == activity.Recipient?.Id)
                || (activity.Conversation?.ConversationType ?? ConversationTypes.Personal) == ConversationTypes.Personal),
        _ => false,
    };
}
