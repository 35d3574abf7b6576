using OpsRhythm.Bot.Turns;
using OpsRhythm.Cards.Indicators;
using OpsRhythm.Domain.Indicators;
using OpsRhythm.Domain.Organisation;

namespace OpsRhythm.Bot.Indicators;

/// <summary>"benchmark" / "行业标杆": the ops office records an industry benchmark.</summary>
internal sealed class BenchmarkCommand(IndicatorReader reader) : IChatCommand
{
    public string Name => "benchmark";

    public string HelpTextKey => "Indicators.Help.Benchmark";

    public IReadOnlyList<string> Phrases { get; } = ["benchmark", "行业标杆"];

    public Role ShownTo => Role.OpsOffice;

    public async Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (turn.Actor is not { } actor)
        {
            return;
        }

        if (IndicatorAccess.CheckOpsOffice(actor) is { } rejection)
        {
            turn.ReplyRejection(rejection);
            return;
        }

        var (catalog, _) = await reader.CatalogAsync(cancellationToken);
        turn.ReplyCard(BenchmarkCard.Build(catalog, turn.Text));
    }
}
