using System.Globalization;
using OpsRhythm.Cards.Common;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.WeeklyStatus;

namespace OpsRhythm.Cards.WeeklyStatus;

/// <summary>
/// The digest posted to the ops channel before the weekly meeting: blockers and help requests first,
/// then who is missing, counts by status, overdue plan tasks, recurring problems, each department, and
/// the agenda built from them.
/// </summary>
public static class WeeklyDigestCard
{
    /// <summary>Overdue tasks and agenda points listed at most, so the card stays under Teams' size limit; the rest are counted.</summary>
    public const int MaxListed = 12;

    public static AdaptiveCard Build(WeeklyDigest digest, OrganisationProfile organisation, Localizer text)
    {
        ArgumentNullException.ThrowIfNull(digest);
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(text);
        string Name(string departmentId) => organisation.FindDepartment(departmentId)?.Name.For(text.Culture) ?? departmentId;
        var body = new List<CardElement>
        {
            new TextBlock(text.Format("WeeklyStatus.Digest.Title", PeriodNames.Week(digest.Week, text))) { Size = TextSize.Medium, Weight = TextWeight.Bolder },
            Heading(text["WeeklyStatus.Digest.Blockers"]),
        };
        if (digest.LastWeekActions is { } actions)
        {
            // Last week's meeting's action items first: the meeting starts by checking what it decided.
            body.Insert(1, new TextBlock(text.Format("Minutes.Digest.LastWeek", actions.Done, actions.Overdue, actions.Open)) { Color = actions.Overdue > 0 ? TextColor.Warning : TextColor.Good });
        }
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
        if (digest.Overdue.Count > 0)
        {
            body.Add(Heading(text["WeeklyStatus.Digest.Overdue"]));
            var overdue = digest.Overdue.Take(MaxListed).Select(t => "- " + text.Format(
                "WeeklyStatus.Digest.OverdueLine",
                Name(t.DepartmentId),
                t.Title,
                organisation.FindPerson(t.OwnerPersonId)?.Name.For(text.Culture) ?? t.OwnerPersonId,
                DisplayTime.Date(t.DueDate, text),
                t.Percent.ToString(CultureInfo.InvariantCulture)));
            body.Add(new TextBlock(string.Join("\n", overdue.Concat(More(digest.Overdue.Count, text)))) { Color = TextColor.Attention });
        }

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
        var agenda = digest.Agenda.Take(MaxListed).Select(item => AgendaLine(item, Name, text))
            .Append(text["WeeklyStatus.Agenda.Execution"])
            .Append(text["WeeklyStatus.Agenda.NextWeek"])
            .Select((line, i) => string.Create(CultureInfo.InvariantCulture, $"{i + 1}. {line}"));
        body.Add(new TextBlock(string.Join("\n", agenda.Concat(More(digest.Agenda.Count, text)))));
        return new AdaptiveCard(body) { FallbackText = text.Format("WeeklyStatus.Digest.Title", PeriodNames.Week(digest.Week, text)) };
    }

    private static IEnumerable<string> More(int count, Localizer text) =>
        count > MaxListed ? [text.Format("WeeklyStatus.Digest.More", count - MaxListed)] : [];

    private static string AgendaLine(AgendaItem item, Func<string, string> name, Localizer text) => item.Kind switch
    {
        AgendaItemKind.Blocker => text.Format("WeeklyStatus.Agenda.Blocker", name(item.DepartmentId), item.Subject),
        AgendaItemKind.HelpRequest => text.Format("WeeklyStatus.Agenda.HelpRequest", name(item.DepartmentId), name(item.OtherDepartmentId ?? string.Empty), item.Subject),
        AgendaItemKind.Overdue => text.Format("WeeklyStatus.Agenda.Overdue", name(item.DepartmentId), item.Subject, item.DueDate is { } due ? DisplayTime.Date(due, text) : null),
        _ => text.Format("WeeklyStatus.Agenda.Recurring", name(item.DepartmentId), item.Subject),
    };

    private static TextBlock Heading(string text) => new(text) { Weight = TextWeight.Bolder, Separator = true, Spacing = Spacing.Medium };
}
