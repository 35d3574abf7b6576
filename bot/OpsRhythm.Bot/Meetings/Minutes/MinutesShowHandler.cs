using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Cards.Meetings.Minutes;

namespace OpsRhythm.Bot.Meetings.Minutes;

/// <summary>
/// Draws an occurrence's minutes for whoever views them (the card's Universal Actions refresh in the meeting
/// chat): the operations office gets the recording form, everyone else the list of decisions and action items.
/// </summary>
internal sealed class MinutesShowHandler(MinutesViews views, CardPipeline pipeline) : ICardActionHandler
{
    public IReadOnlyDictionary<string, VerbAccess> Access { get; } = new Dictionary<string, VerbAccess>(StringComparer.Ordinal)
    {
        // The minutes are posted to the meeting chat for its attendees; anyone of the organisation in it may read them.
        [MinutesVerbs.Show] = VerbAccess.Company(RoleSets.Everyone),
        [MinutesVerbs.Form] = VerbAccess.Company(RoleSets.Everyone),
    };

    public async Task<CardActionResult> HandleAsync(CardTurn card, CancellationToken cancellationToken)
    {
        if (MeetingOccurrenceResolver.FromPartition(card.Request.EntityId) is not { } occurrence)
        {
            return CardAnswers.NotFound(card);
        }

        var view = await views.ForAsync(occurrence, card.Actor, card.Organisation, card.Text, pipeline.Clock.Today(card.Organisation), cancellationToken);
        return CardActionResult.ShowCard(MinutesCard.Build(view, card.Organisation, card.Text));
    }
}
