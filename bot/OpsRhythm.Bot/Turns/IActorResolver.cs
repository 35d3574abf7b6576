using OpsRhythm.Domain.Organisation;
using OpsRhythm.Protocol.Activities;

namespace OpsRhythm.Bot.Turns;

/// <summary>Who acts in a turn: the person behind the Teams account (or, in a local run, the person they act as).</summary>
internal interface IActorResolver
{
    TurnIdentity Resolve(Activity activity, OrganisationProfile organisation);
}

/// <summary>The acting person, and the real one when a local run acts as someone else.</summary>
internal sealed record TurnIdentity(Person? Actor, Person? ActingAsFrom);
