using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Cards.Meetings;

namespace OpsRhythm.Bot.Meetings;

/// <summary>The weekly meeting card's "ask for a coordination meeting": the request form, dates from the organisation's today.</summary>
internal sealed class CoordinationFormHandler(CardPipeline pipeline) : ICardActionHandler
{
    public IReadOnlyDictionary<string, VerbAccess> Access { get; } = new Dictionary<string, VerbAccess>(StringComparer.Ordinal)
    {
        [MeetingVerbs.CoordinationForm] = VerbAccess.Company(RoleSets.Everyone),
    };

    public Task<CardActionResult> HandleAsync(CardTurn card, CancellationToken cancellationToken)
    {
        return Task.FromResult(CardActionResult.ShowCard(CoordinationFormCard.Build(card.Organisation, pipeline.Clock.Today(card.Organisation), card.Text)));
    }
}
