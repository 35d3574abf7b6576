using Microsoft.Extensions.Options;
using OpsRhythm.Bot.Indicators;
using OpsRhythm.Bot.Risks;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Domain.Indicators;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Risks;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Dashboard;

/// <summary>
/// The 5×5 heat map and the list of open risks of the departments shown in detail (one partition per
/// department), and their unacknowledged early-warning alerts (kept with the values, "{dept}:{year}").
/// </summary>
internal sealed class RiskSection(RiskReader risks, IndicatorReader indicators, IDocumentStore store, IOptions<RisksOptions> options)
{
    public async Task<RiskView> ReadAsync(int year, IReadOnlyList<string> detail, OrganisationProfile organisation, Localizer text, CancellationToken cancellationToken)
    {
        var bands = options.Value.Bands;
        var (catalog, _) = await indicators.CatalogAsync(cancellationToken);
        var open = new List<RiskRow>();
        var alerts = new List<AlertRow>();
        foreach (var departmentId in detail)
        {
            var department = PlanSection.DepartmentName(organisation, departmentId, text);
            foreach (var risk in (await risks.DepartmentAsync(departmentId, cancellationToken)).Where(r => r.Status == RiskStatus.Open))
            {
                var level = risk.LevelIn(bands);
                open.Add(new RiskRow(risk.Id, departmentId, department, risk.Description, risk.Likelihood, risk.Impact, risk.Score,
                    level.ToString(), text[$"Risks.Level.{level}"], PlanSection.PersonName(organisation, risk.OwnerPersonId, text)));
            }

            await foreach (var alert in store.QueryAsync<RiskAlert>(StorageContainers.Indicators, IndicatorValue.PartitionFor(departmentId, year),
                DocumentQuery.Of<RiskAlert>(), cancellationToken))
            {
                var a = alert.Value;
                if (a.AcknowledgedAt is not null)
                {
                    continue;
                }

                alerts.Add(new AlertRow(a.Id, departmentId, department, catalog.Find(a.IndicatorId)?.Name.For(text.Culture) ?? a.IndicatorId,
                    a.Period, a.Crossing.Level.ToString(), a.Crossing.Value, a.Crossing.Threshold, a.RaisedAt));
            }
        }

        var heat = new List<HeatCell>();
        for (var impact = 5; impact >= 1; impact--)
        {
            for (var likelihood = 1; likelihood <= 5; likelihood++)
            {
                var level = bands.LevelOf(likelihood, impact);
                heat.Add(new HeatCell(likelihood, impact, open.Count(r => r.Likelihood == likelihood && r.Impact == impact), level.ToString(), text[$"Risks.Level.{level}"]));
            }
        }

        return new RiskView(heat, [.. open.OrderByDescending(r => r.Score)], [.. alerts.OrderByDescending(a => a.RaisedAt)]);
    }
}
