using System.Globalization;
using OpsRhythm.Domain.Improvement;
using OpsRhythm.Domain.Indicators;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Indicators;

/// <summary>Builds department scorecards (this year and the two before, for the year-over-year view) and the company ranking.</summary>
internal sealed class ScorecardBuilder(IndicatorReader reader, IDocumentStore store)
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

        return CompanyRanking.Of(month, scorecards) with { People = await PeopleAsync(organisation, month, cancellationToken) };
    }

    /// <summary>
    /// The people the month's ranking recognises: the year's reward ledger and closed improvement actions, two
    /// single-partition queries of the improvement container (pk = year), never across partitions.
    /// </summary>
    private async Task<IReadOnlyList<PersonRecognition>> PeopleAsync(OrganisationProfile organisation, Period month, CancellationToken cancellationToken)
    {
        var pk = month.Year.ToString(CultureInfo.InvariantCulture);
        var awards = new List<PersonAward>();
        await foreach (var entry in store.QueryAsync<RewardLedgerEntry>(StorageContainers.Improvement, pk, DocumentQuery.Of<RewardLedgerEntry>(), cancellationToken))
        {
            awards.Add(new PersonAward(entry.Value.PersonId, entry.Value.Points, entry.Value.AwardedAt));
        }

        var closed = new List<ImprovementAction>();
        var query = DocumentQuery.Of<ImprovementAction>().Where("state", ImprovementActionState.Closed);
        await foreach (var action in store.QueryAsync<ImprovementAction>(StorageContainers.Improvement, pk, query, cancellationToken))
        {
            closed.Add(action.Value);
        }

        return PeopleRecognition.Of(awards, closed, month, organisation);
    }
}
