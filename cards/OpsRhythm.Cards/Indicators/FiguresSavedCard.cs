using OpsRhythm.Cards.Actions;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Indicators;

namespace OpsRhythm.Cards.Indicators;

/// <summary>The answer to a saved CSV paste: how many figures, and how many early-warning alerts they raised.</summary>
public static class FiguresSavedCard
{
    public static AdaptiveCard Build(Localizer text, FigureKind kind, int saved, int alerts)
    {
        ArgumentNullException.ThrowIfNull(text);
        var body = new List<CardElement>
        {
            CardParts.Title(text["Indicators.Csv.Title"]),
            CardParts.Notice(text.Format($"Indicators.Saved.{kind}", saved), TextColor.Good),
        };
        if (alerts > 0)
        {
            body.Add(CardParts.Notice(text.Format("Indicators.Saved.Alerts", alerts), TextColor.Warning));
        }

        return new AdaptiveCard(body)
        {
            Actions = [ActionData.Execute(text["Indicators.Entry.PasteMore"], IndicatorVerbs.OpenCsv)],
            FallbackText = text.Format($"Indicators.Saved.{kind}", saved),
        };
    }
}
