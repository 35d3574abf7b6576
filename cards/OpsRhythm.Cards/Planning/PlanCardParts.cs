using OpsRhythm.Cards.Common;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Planning;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Cards.Planning;

/// <summary>Pieces every planning card is made of: titles, notices, errors, and the plan's tables.</summary>
public static class PlanCardParts
{
    /// <summary>Rows a summary shows per section; the rest is one click away, so long plans stay under the size limit.</summary>
    public const int SummaryRows = 12;

    public static TextBlock Title(string title) => new(title) { Size = TextSize.Large, Weight = TextWeight.Bolder };

    public static TextBlock Subtle(string text) => new(text) { IsSubtle = true, Spacing = Spacing.None };

    public static TextBlock Heading(string text) => new(text) { Weight = TextWeight.Bolder, Separator = true, Spacing = Spacing.Medium };

    /// <summary>
    /// A highlighted line at the top: "saved" (good, the default), a warning, the ops office's return comment.
    /// Each kind has its own element id, since a card may carry several and ids must be unique on a card.
    /// </summary>
    public static IEnumerable<CardElement> Notice(string? notice, ContainerStyle style = ContainerStyle.Good, string id = "notice")
    {
        if (!string.IsNullOrWhiteSpace(notice))
        {
            yield return new Container([new TextBlock(notice)]) { Style = style, Id = id };
        }
    }

    /// <summary>Why the last action was refused, in the attention colour.</summary>
    public static IEnumerable<CardElement> Refusal(string? refusal) => Notice(refusal, ContainerStyle.Attention, "refusal");

    /// <summary>The error of a field that has no input of its own on this card (a whole section, the cycle).</summary>
    public static IEnumerable<CardElement> Error(Rejection? rejection, string field, Localizer text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (rejection?.FieldErrors.TryGetValue(field, out var error) == true)
        {
            yield return new TextBlock(text.Format(error.TextKey, error.Arguments)) { Id = field + ".error", Color = TextColor.Attention, Size = TextSize.Small };
        }
    }

    public static Table Grid(IReadOnlyList<int> widths, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        ArgumentNullException.ThrowIfNull(widths);
        ArgumentNullException.ThrowIfNull(headers);
        var header = new TableRow(headers.Select(h => Cell(h, bold: true)).ToList()) { Style = ContainerStyle.Emphasis };
        var body = rows.Select(r => new TableRow(r.Select(c => Cell(c, bold: false)).ToList()));
        return new Table(widths.Select(w => new TableColumnDefinition(w)).ToList(), [header, .. body]) { ShowGridLines = true };
    }

    public static IEnumerable<CardElement> Targets(IReadOnlyList<PlanTarget> targets, Localizer text, string? heading = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        yield return Heading(heading ?? text["Planning.Section.Targets"]);
        if (targets.Count == 0)
        {
            yield return Subtle(text["Planning.None"]);
            yield break;
        }

        yield return Grid(
            [3, 2, 1],
            [text["Planning.Field.Metric"], text["Planning.Field.Value"], text["Planning.Field.Unit"]],
            targets.Take(SummaryRows).Select(t => (IReadOnlyList<string>)[PlanNames.Metric(t.Metric, text), PlanNames.Number(t.Value, text), t.Unit]));
        foreach (var more in More(targets.Count, text))
        {
            yield return more;
        }
    }

    public static IEnumerable<CardElement> Tasks(IReadOnlyList<PlanTask> tasks, OrganisationProfile organisation, Localizer text)
    {
        ArgumentNullException.ThrowIfNull(text);
        yield return Heading(text["Planning.Section.Tasks"]);
        if (tasks.Count == 0)
        {
            yield return Subtle(text["Planning.None"]);
            yield break;
        }

        yield return Grid(
            [4, 2, 2, 2],
            [text["Planning.Field.Task"], text["Planning.Field.Owner"], text["Planning.Field.Due"], text["Planning.Field.Status"]],
            tasks.OrderByDescending(t => t.IsMilestone).ThenBy(t => t.DueDate).Take(SummaryRows).Select(t => (IReadOnlyList<string>)
            [
                t.IsMilestone ? text.Format("Planning.MilestoneTitle", t.Title) : t.Title,
                PlanNames.Person(organisation, t.OwnerPersonId, text),
                PlanNames.Date(t.DueDate, text),
                text.Format("Planning.StatusWithProgress", PlanNames.Of(t.Status, text), t.ProgressPercent),
            ]));
        foreach (var more in More(tasks.Count, text))
        {
            yield return more;
        }
    }

    public static IEnumerable<CardElement> Resources(PlanContent content, Localizer text)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(text);
        yield return Heading(text["Planning.Section.Resources"]);
        yield return new FactSet(
        [
            new Fact(text["Planning.Field.Measures"], Or(content.Measures, text)),
            new Fact(text["Planning.Field.Headcount"], content.Resources.Headcount.ToString(text.Culture)),
            new Fact(text["Planning.Field.Budget"], PlanNames.Number(content.Resources.Budget, text)),
            new Fact(text["Planning.Field.Materials"], Or(content.Resources.Materials, text)),
        ]);
    }

    public static IEnumerable<CardElement> Risks(IReadOnlyList<PlanRisk> risks, Localizer text)
    {
        ArgumentNullException.ThrowIfNull(text);
        yield return Heading(text["Planning.Section.Risks"]);
        if (risks.Count == 0)
        {
            yield return Subtle(text["Planning.None"]);
            yield break;
        }

        yield return Grid(
            [4, 2, 2, 2],
            [text["Planning.Field.Risk"], text["Planning.Field.Category"], text["Planning.Field.Level"], text["Planning.Field.Response"]],
            risks.OrderByDescending(r => r.Level).Take(SummaryRows).Select(r => (IReadOnlyList<string>)
            [
                r.Description,
                PlanNames.Of(r.Category, text),
                PlanNames.RiskLevel(r, text),
                PlanNames.Of(r.Response, text),
            ]));
        foreach (var more in More(risks.Count, text))
        {
            yield return more;
        }
    }

    /// <summary>The changes under a heading that says what they are against: Planning.Changes (the approved version) or Planning.ChangesSinceSubmission.</summary>
    public static IEnumerable<CardElement> Changes(IReadOnlyList<PlanChange> changes, Localizer text, string headingKey = "Planning.Changes")
    {
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(text);
        yield return Heading(text[headingKey]);
        if (changes.Count == 0)
        {
            yield return Subtle(text["Planning.NoChanges"]);
            yield break;
        }

        yield return Grid(
            [2, 3, 3],
            [text["Planning.Field.Item"], text["Planning.Field.Before"], text["Planning.Field.After"]],
            changes.Take(SummaryRows * 2).Select(c => (IReadOnlyList<string>)
            [
                c.Section == PlanFields.Targets ? PlanNames.Metric(c.Item, text) : text[$"Planning.Change.{SectionName(c.Section)}"],
                c.Before ?? "—",
                c.After ?? "—",
            ]));
    }

    /// <summary>A diff as the reader reads it: task owners by name, risk categories and responses in their language.</summary>
    public static PlanDiffNames DiffNames(OrganisationProfile organisation, Localizer text) =>
        new(id => PlanNames.Person(organisation, id, text), c => PlanNames.Of(c, text), r => PlanNames.Of(r, text)) { Date = date => DisplayTime.Date(date, text) };

    public static string Or(string value, Localizer text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.IsNullOrWhiteSpace(value) ? text["Planning.None"] : value;
    }

    private static string SectionName(string field) => field switch
    {
        PlanFields.Targets => "Targets",
        PlanFields.Tasks => "Tasks",
        PlanFields.Risks => "Risks",
        PlanFields.Measures => "Measures",
        PlanFields.Headcount => "Headcount",
        PlanFields.Budget => "Budget",
        _ => "Materials",
    };

    private static IEnumerable<CardElement> More(int count, Localizer text)
    {
        if (count > SummaryRows)
        {
            yield return Subtle(text.Format("Planning.MoreRows", count - SummaryRows));
        }
    }

    private static TableCell Cell(string value, bool bold) =>
        new([new TextBlock(value.Length == 0 ? "—" : value) { Weight = bold ? TextWeight.Bolder : null, Size = TextSize.Small }]);
}
