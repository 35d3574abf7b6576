using OpsRhythm.Cards.Actions;
using OpsRhythm.Cards.Common;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Indicators;
using OpsRhythm.Domain.Organisation;

namespace OpsRhythm.Cards.Indicators;

/// <summary>
/// A department's scorecard (R-3.2, R-3.4): the score as a gauge, attainment per indicator as bars,
/// trend lines, and a table against target, last year and benchmark. Missing figures read "missing".
/// Every chart carries a text fallback for clients without Chart.* support. The card is drawn for a viewer: the
/// improvement-action button only for those who may open one (the department's head, the ops office), and a
/// Universal Actions refresh draws it again for each person who sees it in a shared chat.
/// </summary>
public static class ScorecardCard
{
    private const int MaxTrendLines = 3;

    /// <summary>The scorecard drawn for <paramref name="viewer"/>; null in a shared chat, before its refresh draws it per viewer.</summary>
    public static AdaptiveCard Build(DepartmentScorecard scorecard, OrganisationProfile organisation, Localizer text, Person? viewer)
    {
        ArgumentNullException.ThrowIfNull(scorecard);
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(text);
        var department = CardParts.DepartmentName(organisation, scorecard.DepartmentId, text);
        var body = new List<CardElement>
        {
            CardParts.Title(text.Format("Indicators.Scorecard.Title", department, scorecard.Month)),
        };
        if (scorecard.Evaluations.Count == 0)
        {
            body.Add(CardParts.Subtle(text["Indicators.Scorecard.Empty"]));
            return Finish(body, scorecard, organisation, text, viewer);
        }

        body.Add(ScoreGauge(scorecard.Score, text));
        if (scorecard.MissingCount > 0)
        {
            body.Add(CardParts.Notice(text.Format("Indicators.Scorecard.MissingCount", scorecard.MissingCount), TextColor.Warning));
        }

        var measured = scorecard.Evaluations.Where(e => e.Attainment is not null).ToList();
        if (measured.Count > 0)
        {
            body.Add(new VerticalBarChart([.. measured.Select(e => new ChartPoint(e.Indicator.Name.For(text.Culture), Math.Round(e.Attainment!.Value, 1)))])
            {
                Title = text["Indicators.Scorecard.AttainmentChart"],
                YAxisTitle = "%",
                ShowBarValues = true,
                Fallback = CardParts.Subtle(string.Join(text.IsEnglish ? "; " : "；", measured.Select(e =>
                    $"{e.Indicator.Name.For(text.Culture)} {CardParts.Number(e.Attainment!.Value, text)}%"))),
            });
        }

        var trends = scorecard.Evaluations
            .Where(e => scorecard.Trends.TryGetValue(e.Indicator.Id, out var t) && t.Count >= 2)
            .Take(MaxTrendLines)
            .Select(e => new ChartSeries(e.Indicator.Name.For(text.Culture), [.. scorecard.Trends[e.Indicator.Id].Select(p => new ChartPoint(PeriodNames.Of(p.Period, text), p.Value))]))
            .ToList();
        if (trends.Count > 0)
        {
            body.Add(new LineChart(trends)
            {
                Title = text["Indicators.Scorecard.TrendChart"],
                Fallback = CardParts.Subtle(string.Join(text.IsEnglish ? "; " : "；", trends.Select(s =>
                    $"{s.Legend}: {string.Join(" → ", s.Values.Select(v => CardParts.Number(v.Y, text)))}"))),
            });
        }

        body.Add(EvaluationTable(scorecard.Evaluations, text));
        return Finish(body, scorecard, organisation, text, viewer);
    }

    internal static CardElement ScoreGauge(double? score, Localizer text) => score is { } s
        ? new GaugeChart(Math.Round(s, 1))
        {
            Title = text["Indicators.Scorecard.Score"],
            Min = 0,
            Max = IndicatorEvaluator.MaxAttainment,
            SubLabel = text["Indicators.Scorecard.ScoreHint"],
            Segments =
            [
                new GaugeSegment(0, 80) { Color = "attention", Legend = text["Indicators.Scorecard.Below"] },
                new GaugeSegment(80, 100) { Color = "warning", Legend = text["Indicators.Scorecard.Near"] },
                new GaugeSegment(100, IndicatorEvaluator.MaxAttainment) { Color = "good", Legend = text["Indicators.Scorecard.Above"] },
            ],
            Fallback = new TextBlock(text.Format("Indicators.Scorecard.ScoreText", CardParts.Number(s, text))) { Weight = TextWeight.Bolder },
        }
        : CardParts.Subtle(text["Indicators.Scorecard.NoScore"]);

    private static Table EvaluationTable(IReadOnlyList<IndicatorEvaluation> evaluations, Localizer text) =>
        CardParts.Table(
            [3, 2, 2, 2, 2, 2],
            [
                text["Indicators.Column.Indicator"], text["Indicators.Column.Actual"], text["Indicators.Column.Target"],
                text["Indicators.Column.VsTarget"], text["Indicators.Column.VsLastYear"], text["Indicators.Column.VsBenchmark"],
            ],
            evaluations.Select(e => (IReadOnlyList<CardElement>)
            [
                CardParts.Cell(text.IsEnglish ? $"{e.Indicator.Name.For(text.Culture)} ({PeriodNames.Of(e.Period, text)})" : $"{e.Indicator.Name.For(text.Culture)}（{PeriodNames.Of(e.Period, text)}）"),
                CardParts.Cell(e.Actual is { } a ? $"{CardParts.Number(a, text)} {e.Indicator.Unit}" : text["Indicators.Missing"], e.Actual is null ? TextColor.Warning : null),
                CardParts.Cell(CardParts.Number(e.Target, text)),
                Compare(e.VsTarget, text),
                Compare(e.VsLastYear, text),
                Compare(e.VsBenchmark, text),
            ]));

    private static TextBlock Compare(Comparison? comparison, Localizer text) => comparison is null
        ? CardParts.Cell("—")
        : CardParts.Cell(
            comparison.Percent is { } p ? $"{CardParts.Signed(comparison.Delta, text)} ({CardParts.Signed(p, text)}%)" : CardParts.Signed(comparison.Delta, text),
            comparison.IsFavourable ? TextColor.Good : TextColor.Attention);

    private static AdaptiveCard Finish(List<CardElement> body, DepartmentScorecard scorecard, OrganisationProfile organisation, Localizer text, Person? viewer) => new(body)
    {
        Actions =
        [
            ActionData.Execute(text["Indicators.Scorecard.Previous"], IndicatorVerbs.ShowScorecard, scorecard.DepartmentId, extra: new Dictionary<string, string> { [IndicatorFields.Month] = scorecard.Month.Previous().ToString() }),
            ActionData.Execute(text["Indicators.Entry.Title"], IndicatorVerbs.OpenCsv),
            .. EvaluationActionCard.Button(scorecard, organisation, text, viewer),
        ],
        FallbackText = text.Format("Indicators.Scorecard.ScoreText", CardParts.Number(scorecard.Score, text)),

        // No user list: Teams redraws it for every viewer of a chat (up to 60 people), each with their own buttons.
        Refresh = new CardRefresh(
            ActionData.Execute("refresh", IndicatorVerbs.ShowScorecard, scorecard.DepartmentId, extra: new Dictionary<string, string> { [IndicatorFields.Month] = scorecard.Month.ToString() }),
            null),
    };
}
