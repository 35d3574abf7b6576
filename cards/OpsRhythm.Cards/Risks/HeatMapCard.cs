using System.Globalization;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Risks;

namespace OpsRhythm.Cards.Risks;

/// <summary>
/// The 5×5 heat map of open risks: likelihood down the side (5 at the top), impact along the bottom,
/// each cell coloured by the level its score falls in and showing how many risks sit there.
/// </summary>
public static class HeatMapCard
{
    public static AdaptiveCard Build(string scopeName, IReadOnlyList<Risk> risks, RiskLevelBands bands, Localizer text)
    {
        ArgumentNullException.ThrowIfNull(risks);
        ArgumentNullException.ThrowIfNull(bands);
        ArgumentNullException.ThrowIfNull(text);
        var open = risks.Where(r => r.Status == RiskStatus.Open).ToList();
        var counts = open.GroupBy(r => (r.Likelihood, r.Impact)).ToDictionary(g => g.Key, g => g.Count());
        var body = new List<CardElement>
        {
            new TextBlock(text.Format("Risks.HeatMap.Title", scopeName)) { Size = TextSize.Large, Weight = TextWeight.Bolder },
            new TextBlock(text.Format("Risks.HeatMap.Summary", open.Count, open.Count(r => r.LevelIn(bands) >= RiskLevel.High))) { IsSubtle = true, Spacing = Spacing.None },
        };
        for (var likelihood = RiskAssessment.Max; likelihood >= RiskAssessment.Min; likelihood--)
        {
            var columns = new List<Column> { Label(likelihood.ToString(CultureInfo.InvariantCulture)) };
            for (var impact = RiskAssessment.Min; impact <= RiskAssessment.Max; impact++)
            {
                var count = counts.GetValueOrDefault((likelihood, impact));
                columns.Add(new Column([new TextBlock(count == 0 ? "·" : count.ToString(CultureInfo.InvariantCulture))
                {
                    HorizontalAlignment = HorizontalAlignment.Center,
                    Weight = count == 0 ? null : TextWeight.Bolder,
                    Size = count == 0 ? null : TextSize.Medium,
                }])
                {
                    Width = "stretch",
                    Style = RiskText.Style(bands.LevelOf(likelihood, impact)),
                    VerticalContentAlignment = VerticalAlignment.Center,
                });
            }

            body.Add(new ColumnSet(columns) { Spacing = Spacing.Small });
        }

        body.Add(new ColumnSet([Label("×"), .. Enumerable.Range(RiskAssessment.Min, RiskAssessment.Max).Select(i => Label(i.ToString(CultureInfo.InvariantCulture), "stretch"))]) { Spacing = Spacing.None });
        body.Add(new TextBlock(text["Risks.HeatMap.Axes"]) { IsSubtle = true, Size = TextSize.Small });
        body.Add(new TextBlock(text.Format("Risks.HeatMap.Legend", bands.MediumFrom, bands.HighFrom, bands.CriticalFrom)) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None });
        return new AdaptiveCard(body) { FallbackText = text.Format("Risks.HeatMap.Title", scopeName) };
    }

    private static Column Label(string value, string width = "auto") =>
        new([new TextBlock(value) { IsSubtle = true, HorizontalAlignment = HorizontalAlignment.Center }]) { Width = width, VerticalContentAlignment = VerticalAlignment.Center };
}
