using System.Globalization;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.WeeklyStatus;

namespace OpsRhythm.Cards.WeeklyStatus;

/// <summary>A report read-only: its tasks with progress and health, highlights, problems, help needed.</summary>
public static class WeeklyStatusSummary
{
    public static IEnumerable<CardElement> Build(WeeklyStatusReport report, OrganisationProfile organisation, Localizer text)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(text);
        if (report.State == ReportState.Skipped)
        {
            yield return new TextBlock(text.Format("WeeklyStatus.Skipped", report.SkipReason)) { Color = TextColor.Warning };
            yield break;
        }

        if (report.Tasks.Count > 0)
        {
            yield return new FactSet(report.Tasks.Select(t => new Fact(t.Title, $"{t.Percent.ToString(CultureInfo.InvariantCulture)}% · {text[$"WeeklyStatus.Health.{t.Health}"]}")).ToList());
        }

        var facts = new List<Fact>();
        if (report.Highlights is { } highlights)
        {
            facts.Add(new Fact(text["WeeklyStatus.Highlights"], highlights));
        }

        if (report.Problems is { } problems)
        {
            facts.Add(new Fact(text["WeeklyStatus.Problems"], problems));
        }

        if (report.HelpFromDepartmentId is { } helpFrom)
        {
            var name = organisation.FindDepartment(helpFrom)?.Name.For(text.Culture) ?? helpFrom;
            facts.Add(new Fact(text["WeeklyStatus.HelpFrom"], text.Format("WeeklyStatus.Digest.HelpLine", name, report.HelpNeeded)));
        }

        if (facts.Count > 0)
        {
            yield return new FactSet(facts);
        }
    }
}
