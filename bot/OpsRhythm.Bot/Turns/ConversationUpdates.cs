using OpsRhythm.Bot.Hosting;
using OpsRhythm.Bot.Organisation;
using OpsRhythm.Bot.Organisation.Setup;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Cards.Model;
using OpsRhythm.Cards.Welcome;
using OpsRhythm.Protocol.Activities;

namespace OpsRhythm.Bot.Turns;

/// <summary>
/// conversationUpdate and installationUpdate: remember where the bot can post, and welcome the
/// person (or the channel) once when the app is installed.
/// </summary>
internal sealed class ConversationUpdates(
    TurnFactory turns,
    IConversationDirectory conversations,
    CommandCatalog catalog,
    TeamDirectory teams,
    SetupCardFactory setup,
    IConfiguration configuration)
{
    public async Task<IReadOnlyList<Activity>> HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        var turn = await turns.CreateAsync(activity, cancellationToken);
        await conversations.RememberAsync(activity, turn.ActingAsFrom ?? turn.Actor, cancellationToken);
        await teams.RememberAsync(activity, cancellationToken);
        if (!IsInstallation(activity) || !await conversations.TryMarkWelcomedAsync(activity.Conversation!.Id, cancellationToken))
        {
            return [];
        }

        var shared = turn.ConversationType != ConversationTypes.Personal;
        var person = shared ? null : turn.Actor;
        var view = new WelcomeView(person, catalog.For(shared ? null : person?.Roles), LocalRun.IsEnabled(configuration))
        {
            IsShared = shared,
            NotInOrganisation = shared || person is not null ? null : NotInOrganisation.Describe(activity, turn.Text),
        };
        turn.Reply(ActivityFactory.Card(CardJson.ToElement(WelcomeCard.Build(view, turn.Text)), turn.Text["Welcome.Title"]));
        if (person?.Has(Role.Administrator) == true && await setup.IsIncompleteAsync(turn, cancellationToken))
        {
            // An administrator's first stop in an organisation still being set up: what is missing and what to do next.
            turn.Reply(ActivityFactory.Card(CardJson.ToElement(await setup.BuildAsync(turn, null, cancellationToken)), turn.Text["Organisation.Setup.Title"]));
        }

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
