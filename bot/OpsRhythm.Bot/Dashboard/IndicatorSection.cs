using OpsRhythm.Bot.Indicators;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Domain.Indicators;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Planning;

namespace OpsRhythm.Bot.Dashboard;

/// <summary>
/// Monthly indicators of the departments shown in detail, from January to the chosen month: actual,
/// target and the same month last year. Each department-year is one partition ("{dept}:{year}").
/// </summary>
internal sealed class IndicatorSection(IndicatorReader reader)
{
    public async Task<IReadOnlyList<IndicatorTrend>> ReadAsync(
        PlanPeriod period, IReadOnlyList<string> detail, OrganisationProfile organisation, Localizer text, CancellationToken cancellationToken)
    {
        var (catalog, _) = await reader.CatalogAsync(cancellationToken);
        var monthly = catalog.Indicators.Where(i => i.Frequency == IndicatorFrequency.Monthly).ToList();
        var months = Enumerable.Range(1, period.Kind == PlanKind.Monthly ? period.Index : 12).Select(m => Period.Month(period.Year, m)).ToList();
        var trends = new List<IndicatorTrend>();
        foreach (var departmentId in detail)
        {
            var figures = await reader.FiguresAsync(departmentId, [period.Year, period.Year - 1], withBenchmarks: false, cancellationToken);
            foreach (var indicator in monthly)
            {
                var points = months
                    .Select(m => new TrendPoint(m.ToString(), figures.Actual(indicator.Id, m), figures.Target(indicator.Id, m), figures.Actual(indicator.Id, m.InYear(m.Year - 1))))
                    .ToList();
                if (points.Any(p => p.Actual is not null))
                {
                    trends.Add(new IndicatorTrend(departmentId, PlanSection.DepartmentName(organisation, departmentId, text), indicator.Id,
                        indicator.Name.For(text.Culture), indicator.Unit, points));
                }
            }
        }

        return trends;
    }
}
