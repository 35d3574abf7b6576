using OpsRhythm.Bot.Turns;
using OpsRhythm.Cards.Organisation;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Organisation.StandIns;
using OpsRhythm.Domain.Time;
using OpsRhythm.Domain.Workflow;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Organisation.StandIns;

/// <summary>The stand-in card as a person sees it: every current stand-in, and the form for the principals they may name one for.</summary>
internal static class StandInCards
{
    public static StandInView View(StoredDocument<OrganisationProfile> stored, Person viewer, OrganisationClock clock) =>
        new(stored.Value, stored.ETag, StandInAdministration.PrincipalsFor(stored.Value, viewer), clock.Today(stored.Value));

    public static CardActionResult Show(CardTurn card, StoredDocument<OrganisationProfile> stored, OrganisationClock clock, string? notice, Rejection? rejection) =>
        CardActionResult.ShowCard(StandInCard.Build(View(stored, card.Actor, clock) with
        {
            Notice = notice,
            Rejection = rejection,
            Typed = rejection is null ? null : card.Request.Data,
        }, card.Text));
}
