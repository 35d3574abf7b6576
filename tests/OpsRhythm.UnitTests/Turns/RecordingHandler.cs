using OpsRhythm.Bot.Turns;

namespace OpsRhythm.UnitTests.Turns;

/// <summary>A card action handler that records what reached it and answers what the test says.</summary>
internal sealed class RecordingHandler(string verb, Func<Turn, CardActionRequest, CardActionResult> answer) : ICardActionHandler
{
    public List<(Turn Turn, CardActionRequest Request)> Calls { get; } = [];

    public IReadOnlyCollection<string> Verbs { get; } = [verb];

    public Task<CardActionResult> HandleAsync(Turn turn, CardActionRequest request, CancellationToken cancellationToken)
    {
        Calls.Add((turn, request));
        return Task.FromResult(answer(turn, request));
    }
}
