using OpsRhythm.Bot.Turns;

namespace OpsRhythm.UnitTests.Turns;

/// <summary>A card action handler that records what reached it and answers what the test says.</summary>
internal sealed class RecordingHandler(string verb, Func<Turn, CardActionRequest, CardActionResult> answer, VerbAccess? access = null) : ICardActionHandler
{
    public List<(Turn Turn, CardActionRequest Request)> Calls { get; } = [];

    /// <summary>Anyone in the organisation, unless the test says otherwise.</summary>
    public IReadOnlyDictionary<string, VerbAccess> Access { get; } = new Dictionary<string, VerbAccess> { [verb] = access ?? VerbAccess.Company(RoleSets.Everyone) };

    public Task<CardActionResult> HandleAsync(CardTurn card, CancellationToken cancellationToken)
    {
        Calls.Add((card.Turn, card.Request));
        return Task.FromResult(answer(card.Turn, card.Request));
    }
}
