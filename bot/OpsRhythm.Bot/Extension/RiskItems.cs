using Microsoft.Extensions.Options;
using OpsRhythm.Bot.Risks;
using OpsRhythm.Cards.Actions;
using OpsRhythm.Cards.Extension;
using OpsRhythm.Cards.Model;
using OpsRhythm.Cards.Planning;
using OpsRhythm.Domain.Risks;

namespace OpsRhythm.Bot.Extension;

/// <summary>
/// Risks of the departments the viewer sees in detail and of their own department (one partition each), as the
/// risk register shows them: whoever sees the department in detail, and the risk's owner.
/// </summary>
internal sealed class RiskItems(RiskReader risks, IOptions<RisksOptions> options) : ISharedItemSource
{
    public string Kind => SharedItemKinds.Risk;

    public async Task<IReadOnlyList<SharedItemView>> SearchAsync(SharedItemQuery query, CancellationToken cancellationToken)
    {
        var departments = query.Scope.DetailDepartments.ToList();
        if (query.Viewer.DepartmentId is { } own && !departments.Contains(own, StringComparer.Ordinal))
        {
            departments.Add(own);
        }

        var found = new List<SharedItemView>();
        foreach (var departmentId in departments)
        {
            found.AddRange((await risks.DepartmentAsync(departmentId, cancellationToken))
                .Where(r => query.MaySee(r.DepartmentId, r.OwnerPersonId) && query.Matches(r.Description, r.DepartmentId))
                .Select(r => View(query, r)));
        }

        return found;
    }

    public async Task<SharedItemView?> ReadAsync(SharedItemQuery viewer, IReadOnlyDictionary<string, string> data, CancellationToken cancellationToken)
    {
        var departmentId = data.GetValueOrDefault(SharedItemFields.Partition);
        var riskId = data.GetValueOrDefault(ActionData.EntityIdKey);
        if (departmentId is null || riskId is null || await risks.ReadAsync(departmentId, riskId, cancellationToken) is not { } stored)
        {
            return null;
        }

        var risk = stored.Value;
        return viewer.MaySee(risk.DepartmentId, risk.OwnerPersonId)
            ? View(viewer, risk)
            : SharedItemViews.Restricted(Kind, viewer, Ref(risk), risk.DepartmentId);
    }

    private SharedItemView View(SharedItemQuery query, Risk risk)
    {
        var text = query.Text;
        var level = risk.LevelIn(options.Value.Bands);
        var levelName = text[$"Risks.Level.{level}"];
        var status = text[$"Risks.Status.{risk.Status}"];
        var facts = new List<Fact>
        {
            new(text["Extension.Fact.Department"], query.DepartmentName(risk.DepartmentId)),
            new(text["Extension.Fact.Category"], text[$"Risks.Category.{risk.Category}"]),
            new(text["Extension.Fact.Level"], text.Format("Risks.Assessment", risk.Likelihood, risk.Impact, risk.Score, levelName)),
            new(text["Extension.Fact.Strategy"], text[$"Risks.Strategy.{risk.Strategy}"]),
            new(text["Extension.Fact.Owner"], query.PersonName(risk.OwnerPersonId)),
            new(text["Extension.Fact.State"], status),
        };
        if (risk.ReviewDate is { } review)
        {
            facts.Add(new(text["Extension.Fact.ReviewDate"], PlanNames.Date(review, text)));
        }

        return new SharedItemView(Kind, ExtensionText.Headline(risk.Description), Ref(risk))
        {
            Summary = $"{query.DepartmentName(risk.DepartmentId)} · {levelName} · {status}",
            Text = risk.Description,
            Facts = facts,
            Rank = risk.Status == RiskStatus.Open ? -risk.Score : 100,
        };
    }

    private static Dictionary<string, string> Ref(Risk risk) => new(StringComparer.Ordinal)
    {
        [SharedItemFields.Kind] = SharedItemKinds.Risk,
        [SharedItemFields.Partition] = risk.DepartmentId,
        [ActionData.EntityIdKey] = risk.Id,
    };
}
