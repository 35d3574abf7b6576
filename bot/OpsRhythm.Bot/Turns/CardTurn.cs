using OpsRhythm.Cards.Localization;
using OpsRhythm.Domain.Organisation;

namespace OpsRhythm.Bot.Turns;

/// <summary>
/// A card action that passed the dispatcher: its turn, the person acting (known, because the dispatcher
/// refuses anyone outside the organisation before a handler runs) and the click, whose verb's access rule
/// has already been checked.
/// </summary>
internal sealed record CardTurn(Turn Turn, Person Actor, CardActionRequest Request)
{
    public Localizer Text => Turn.Text;

    public OrganisationProfile Organisation => Turn.Organisation;

    public string Verb => Request.Verb;

    /// <summary>A value the card posted, null when absent or empty; read through the feature's field names.</summary>
    public string? Value(string field) => Request.Value(field);
}
