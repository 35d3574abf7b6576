using OpsRhythm.Domain.Organisation;
using OpsRhythm.Protocol.Activities;

namespace OpsRhythm.Bot.Turns;

/// <summary>The actor is the organisation's person with the sender's Teams user id or Entra object id.</summary>
internal sealed class TeamsActorResolver : IActorResolver
{
    public TurnIdentity Resolve(Activity activity, OrganisationProfile organisation)
    {
        return new TurnIdentity(organisation.FindByTeamsAccount(activity.From?.Id, activity.From?.AadObjectId), null);
    }
}
