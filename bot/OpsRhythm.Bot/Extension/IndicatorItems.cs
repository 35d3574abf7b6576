using OpsRhythm.Bot.Indicators;
using OpsRhythm.Cards.Actions;
using OpsRhythm.Cards.Extension;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Indicators;

namespace OpsRhythm.Bot.Extension;

/// <summary>The indicator catalog (one point read): names, group, unit, direction and frequency, which everyone in the organisation may read.</summary>
internal sealed class IndicatorItems(IndicatorReader indicators) : ISharedItemSource
{
    public string Kind => SharedItemKinds.Indicator;

    public async Task<IReadOnlyList<SharedItemView>> SearchAsync(SharedItemQuery query, CancellationToken cancellationToken)
    {
        var (catalog, _) = await indicators.CatalogAsync(cancellationToken);
        return [.. catalog.Indicators
            .Where(i => query.Matches(i.Name.ZhCn, null) || query.Matches(i.Name.EnUs, null))
            .Select(i => View(query, i))];
    }

    public async Task<SharedItemView?> ReadAsync(SharedItemQuery viewer, IReadOnlyDictionary<string, string> data, CancellationToken cancellationToken)
    {
        var (catalog, _) = await indicators.CatalogAsync(cancellationToken);
        return catalog.Find(data.GetValueOrDefault(ActionData.EntityIdKey) ?? string.Empty) is { } indicator ? View(viewer, indicator) : null;
    }

    private SharedItemView View(SharedItemQuery query, Indicator indicator)
    {
        var text = query.Text;
        var group = text[$"Indicators.Group.{indicator.Group}"];
        return new SharedItemView(Kind, indicator.Name.For(text.Culture), new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [SharedItemFields.Kind] = Kind,
            [ActionData.EntityIdKey] = indicator.Id,
        })
        {
            Summary = $"{group} · {indicator.Unit}",
            Facts =
            [
                new Fact(text["Extension.Fact.Group"], group),
                new Fact(text["Extension.Fact.Unit"], indicator.Unit),
                new Fact(text["Extension.Fact.Direction"], text[$"Indicators.Direction.{indicator.Direction}"]),
                new Fact(text["Extension.Fact.Frequency"], text[$"Indicators.Frequency.{indicator.Frequency}"]),
            ],
        };
    }
}
