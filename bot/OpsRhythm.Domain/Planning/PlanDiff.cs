using System.Globalization;

namespace OpsRhythm.Domain.Planning;

/// <summary>What changed between two versions of a plan, for the adjustment review and the history card.</summary>
public static class PlanDiff
{
    public static IReadOnlyList<PlanChange> Between(PlanContent before, PlanContent after, PlanDiffNames? names = null)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var name = names ?? PlanDiffNames.Invariant;
        var changes = new List<PlanChange>();
        changes.AddRange(Rows(PlanFields.Targets, before.Targets, after.Targets, t => t.Metric, t => Invariant($"{t.Value} {t.Unit}")));
        changes.AddRange(Rows(PlanFields.Tasks, before.Tasks, after.Tasks, t => t.Id, t => Invariant($"{t.Title} · {name.Person(t.OwnerPersonId)} · {name.Date(t.DueDate)}")));
        changes.AddRange(Rows(PlanFields.Risks, before.Risks, after.Risks, r => r.Id, r => Invariant($"{r.Description} · {name.Category(r.Category)} {r.Likelihood}×{r.Impact} · {name.Response(r.Response)}")));
        Field(changes, PlanFields.Measures, before.Measures, after.Measures);
        Field(changes, PlanFields.Headcount, Invariant($"{before.Resources.Headcount}"), Invariant($"{after.Resources.Headcount}"));
        Field(changes, PlanFields.Budget, Invariant($"{before.Resources.Budget}"), Invariant($"{after.Resources.Budget}"));
        Field(changes, PlanFields.Materials, before.Resources.Materials, after.Resources.Materials);
        return changes;
    }

    private static IEnumerable<PlanChange> Rows<T>(string section, IReadOnlyList<T> before, IReadOnlyList<T> after, Func<T, string> key, Func<T, string> describe)
    {
        var old = before.GroupBy(key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => describe(g.First()), StringComparer.Ordinal);
        var now = after.GroupBy(key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => describe(g.First()), StringComparer.Ordinal);
        foreach (var id in old.Keys.Union(now.Keys, StringComparer.Ordinal))
        {
            var was = old.GetValueOrDefault(id);
            var isNow = now.GetValueOrDefault(id);
            if (!string.Equals(was, isNow, StringComparison.Ordinal))
            {
                yield return new PlanChange(section, id, was, isNow);
            }
        }
    }

    private static void Field(List<PlanChange> changes, string field, string before, string after)
    {
        if (!string.Equals(before, after, StringComparison.Ordinal))
        {
            changes.Add(new PlanChange(field, field, Empty(before), Empty(after)));
        }
    }

    private static string? Empty(string text) => text.Length == 0 ? null : text;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
