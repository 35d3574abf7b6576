using OpsRhythm.Domain.Organisation;
using OpsRhythm.Protocol.Activities;

namespace OpsRhythm.Bot.Turns.ActingAs;

/// <summary>
/// The local-run resolver: the actor is the person the user chose with "act as", and
/// <see cref="TurnIdentity.ActingAsFrom"/> the real one. Registered only when no MicrosoftAppId is set.
/// </summary>
internal sealed class ActingAsActorResolver(ActAsSessions sessions) : IActorResolver
{
    public TurnIdentity Resolve(Activity activity, OrganisationProfile organisation)
    {
        var real = organisation.FindByTeamsAccount(activity.From?.Id, activity.From?.AadObjectId);
        if (activity.From?.Id is not { } teamsUserId
            || sessions.ActingAs(teamsUserId) is not { } personId
            || organisation.FindPerson(personId) is not { } acted)
        {
            return new TurnIdentity(real, null);
        }

        // A Playground user outside the organisation may act too; they are named by their Teams account.
        var from = real ?? new Person(teamsUserId, new LocalizedText(activity.From.Name ?? teamsUserId, activity.From.Name ?? teamsUserId))
        {
            TeamsUserId = teamsUserId,
            Roles = Role.None,
        };
        return new TurnIdentity(acted, from);
    }
}
