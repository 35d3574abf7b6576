using System.Globalization;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.WeeklyStatus;

namespace OpsRhythm.Cards.WeeklyStatus;

/// <summary>The digest posted to the ops channel before the weekly meeting: blockers first, then who is missing, counts, recurring problems, each department, the agenda.</summary>
public static class WeeklyDigestCard
{
    public static AdaptiveCard Build(WeeklyDigest digest, OrganisationProfile organisation, Localizer text)
    {
        ArgumentNullException.ThrowIfNull(digest);
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(text);
        string Name(string departmentId) => organisation.FindDepartment(departmentId)?.Name.For(text.Culture) ?? departmentId;
        var body = new List<CardElement>
        {
            new TextBlock(text.Format("WeeklyStatus.Digest.Title", digest.Week)) { Size = TextSize.Medium, Weight = TextWeight.Bolder },
            Heading(text["WeeklyStatus.Digest.Blockers"]),
        };
        if (digest.Blockers.Count == 0)
        {
            body.Add(new TextBlock(text["WeeklyStatus.Digest.NoBlockers"]) { IsSubtle = true });
        }

        foreach (var report in digest.Blockers)
        {
            var lines = report.Tasks.Where(t => t.Health == TaskHealth.Blocked).Select(t => $"- {t.Title} ({t.Percent.ToString(CultureInfo.InvariantCulture)}%)").ToList();
            if (report.HelpFromDepartmentId is { } helpFrom)
            {
                lines.Add("- " + text.Format("WeeklyStatus.Digest.HelpLine", Name(helpFrom), report.HelpNeeded));
            }

            body.Add(new Container([new TextBlock(Name(report.DepartmentId)) { Weight = TextWeight.Bolder }, new TextBlock(string.Join("\n", lines))]) { Style = ContainerStyle.Attention });
        }

        body.Add(Heading(text["WeeklyStatus.Digest.Missing"]));
        var missing = digest.MissingDepartmentIds.Select(Name).Concat(digest.Skipped.Select(r => text.Format("WeeklyStatus.Digest.SkippedLine", Name(r.DepartmentId), r.SkipReason))).ToList();
        body.Add(new TextBlock(missing.Count == 0 ? text["WeeklyStatus.Digest.AllIn"] : string.Join(", ", missing)) { Color = missing.Count == 0 ? TextColor.Good : TextColor.Warning });

        body.Add(Heading(text["WeeklyStatus.Digest.Counts"]));
        body.Add(new FactSet(digest.CountsByHealth.Select(c => new Fact(text[$"WeeklyStatus.Health.{c.Key}"], c.Value.ToString(CultureInfo.InvariantCulture))).ToList()));
        if (digest.RecurringProblemDepartmentIds.Count > 0)
        {
            body.Add(Heading(text["WeeklyStatus.Digest.Recurring"]));
            body.Add(new TextBlock(string.Join(", ", digest.RecurringProblemDepartmentIds.Select(Name))) { Color = TextColor.Warning });
        }

        if (digest.LateDepartmentIds.Count > 0)
        {
            body.Add(Heading(text["WeeklyStatus.Digest.Late"]));
            body.Add(new TextBlock(string.Join(", ", digest.LateDepartmentIds.Select(Name))));
        }

        body.Add(Heading(text["WeeklyStatus.Digest.Departments"]));
        foreach (var report in digest.Submitted)
        {
            body.Add(new TextBlock(Name(report.DepartmentId)) { Weight = TextWeight.Bolder, Separator = true });
            body.AddRange(WeeklyStatusSummary.Build(report, organisation, text));
        }

        body.Add(Heading(text["WeeklyStatus.Digest.Agenda"]));
        body.Add(new TextBlock(string.Join("\n", Enumerable.Range(1, 4).Select(i => text[$"WeeklyStatus.Digest.Agenda{i}"]))));
        return new AdaptiveCard(body) { FallbackText = text.Format("WeeklyStatus.Digest.Title", digest.Week) };
    }

    private static TextBlock Heading(string text) => new(text) { Weight = TextWeight.Bolder, Separator = true, Spacing = Spacing.Medium };
}
