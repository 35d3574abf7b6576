using OpsRhythm.Bot.Turns;
using OpsRhythm.Domain.Organisation;

namespace OpsRhythm.Bot.Extension;

/// <summary>A message extension invoke from someone in the organisation, and the organisation's today.</summary>
internal sealed record ExtensionTurn(Turn Turn, Person Actor, DateOnly Today)
{
    public Cards.Localization.Localizer Text => Turn.Text;

    public OrganisationProfile Organisation => Turn.Organisation;

    public SharedItemQuery Query(string? words) => new(Actor, Organisation, Text, Today, words);
}
