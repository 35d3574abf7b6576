using OpsRhythm.Bot.Turns;
using OpsRhythm.Cards.Indicators;
using OpsRhythm.Domain.Organisation;

namespace OpsRhythm.Bot.Indicators;

/// <summary>"indicators" / "指标": the indicator system.</summary>
internal sealed class IndicatorsCommand(IndicatorReader reader) : IChatCommand
{
    public string Name => "indicators";

    public string HelpTextKey => "Indicators.Help.Catalog";

    public IReadOnlyList<string> Phrases { get; } = ["indicators", "indicator system", "指标", "指标体系"];

    public Role ShownTo => RoleSets.Everyone;

    public async Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        var (catalog, _) = await reader.CatalogAsync(cancellationToken);
        turn.ReplyCard(CatalogCard.Build(catalog, turn.Text, turn.Actor?.Has(Role.OpsOffice) == true));
    }
}
