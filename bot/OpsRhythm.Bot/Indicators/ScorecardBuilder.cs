using OpsRhythm.Domain.Indicators;
using OpsRhythm.Domain.Organisation;

namespace OpsRhythm.Bot.Indicators;

/// <summary>Builds department scorecards (this year and the two before, for the year-over-year view) and the company ranking.</summary>
internal sealed class ScorecardBuilder(IndicatorReader reader)
{
    public async Task<DepartmentScorecard> DepartmentAsync(IndicatorCatalog catalog, string departmentId, Period month, CancellationToken cancellationToken)
    {
        var figures = await reader.FiguresAsync(departmentId, [month.Year, month.Year - 1, month.Year - 2], cancellationToken);
        return DepartmentScorecard.Build(catalog, figures, departmentId, month);
    }

    public async Task<CompanyRanking> CompanyAsync(IndicatorCatalog catalog, OrganisationProfile organisation, Period month, CancellationToken cancellationToken)
    {
        var scorecards = new List<DepartmentScorecard>();
        foreach (var department in organisation.Departments)
        {
            scorecards.Add(await DepartmentAsync(catalog, department.Id, month, cancellationToken));
        }

        return CompanyRanking.Of(month, scorecards);
    }
}
