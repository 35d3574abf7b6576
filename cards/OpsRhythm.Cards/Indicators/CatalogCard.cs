using OpsRhythm.Cards.Actions;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Indicators;

namespace OpsRhythm.Cards.Indicators;

/// <summary>The indicator system by group, with the ops office's edit button.</summary>
public static class CatalogCard
{
    public static AdaptiveCard Build(IndicatorCatalog catalog, Localizer text, bool canEdit)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(text);
        var body = new List<CardElement> { CardParts.Title(text["Indicators.Catalog.Title"]) };
        foreach (var group in Enum.GetValues<IndicatorGroup>())
        {
            var indicators = catalog.Indicators.Where(i => i.Group == group).ToList();
            if (indicators.Count == 0)
            {
                continue;
            }

            body.Add(new TextBlock(text[$"Indicators.Group.{group}"]) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium });
            body.Add(CardParts.Table(
                [3, 1, 2, 1],
                [text["Indicators.Column.Indicator"], text["Indicators.Column.Unit"], text["Indicators.Column.Direction"], text["Indicators.Column.Frequency"]],
                indicators.Select(i => (IReadOnlyList<CardElement>)
                [
                    CardParts.Cell(i.Name.For(text.Culture)),
                    CardParts.Cell(i.Unit),
                    CardParts.Cell(text[$"Indicators.Direction.{i.Direction}"]),
                    CardParts.Cell(text[$"Indicators.Frequency.{i.Frequency}"]),
                ])));
        }

        if (catalog.Indicators.Count == 0)
        {
            body.Add(CardParts.Subtle(text["Indicators.Catalog.Empty"]));
        }

        return new AdaptiveCard(body)
        {
            Actions = canEdit ? [ActionData.Execute(text["Indicators.Catalog.Edit"], IndicatorVerbs.EditIndicator)] : null,
            FallbackText = text["Indicators.Catalog.Title"],
        };
    }
}
