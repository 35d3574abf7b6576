using OpsRhythm.Cards.Indicators;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Domain.Indicators;
using OpsRhythm.UnitTests.Indicators;

namespace OpsRhythm.UnitTests.CardCatalog;

/// <summary>The indicator cards of issue 19: the figures-due prompt (a few missing, every indicator of a year-end missing).</summary>
public sealed class IndicatorFollowUpCardSamples : ICardSamples
{
    public IEnumerable<CardSample> Samples(Localizer text)
    {
        var org = SampleOrganisation.Profile;
        var catalog = IndicatorCatalog.Seed;
        var yearEnd = FiguresDue.PeriodsDue(new DateOnly(2027, 1, 5), 3);
        yield return new("indicators/figures-due", FiguresDueCard.Build(org, catalog, "sales", [.. FiguresDue.Missing(catalog, [yearEnd[0]], []).Take(2)], text));
        yield return new("indicators/figures-due-year-end", FiguresDueCard.Build(org, catalog, "sales", FiguresDue.Missing(catalog, yearEnd, []), text));
    }
}
