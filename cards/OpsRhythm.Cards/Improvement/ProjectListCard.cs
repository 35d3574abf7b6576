using OpsRhythm.Cards.Actions;
using OpsRhythm.Cards.Common;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Improvement;
using OpsRhythm.Domain.Organisation;

namespace OpsRhythm.Cards.Improvement;

/// <summary>
/// The process redesign projects, newest first, with the step each stands at, who owns it and by when;
/// pick one to open its card again.
/// </summary>
public static class ProjectListCard
{
    public const int MaxRows = 20;

    /// <summary>Names are shown this long at most (the card holds each twice: row and choice) to stay under Teams' size limit.</summary>
    public const int NameShown = 60;

    private static readonly string[] HeaderKeys = ["Improvement.Project.Process", "Improvement.Project.Step", "Improvement.Project.Owner", "Improvement.Project.Due"];

    public static AdaptiveCard Build(IReadOnlyList<RedesignProject> projects, OrganisationProfile organisation, Localizer text, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(projects);
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(text);
        var title = text.Format("Improvement.Projects.Title", projects.Count);
        var body = new List<CardElement> { new TextBlock(title) { Size = TextSize.Large, Weight = TextWeight.Bolder } };
        if (projects.Count == 0)
        {
            body.Add(new TextBlock(text["Improvement.Projects.Empty"]) { IsSubtle = true });
            return new AdaptiveCard(body) { FallbackText = title };
        }

        var shown = projects.OrderBy(p => p.IsDone).ThenByDescending(p => p.CreatedAt).Take(MaxRows).ToList();
        body.Add(new Table(
            [new(3), new(2), new(2), new(2)],
            [
                new TableRow([.. HeaderKeys.Select(k => new TableCell([new TextBlock(text[k]) { Weight = TextWeight.Bolder }]))]) { Style = ContainerStyle.Emphasis },
                .. shown.Select(p => p.CurrentStep is { } step
                    ? new TableRow(
                    [
                        new TableCell([new TextBlock(Short(p.ProcessName)) { MaxLines = 2 }]),
                        new TableCell([new TextBlock(text[$"Improvement.Step.{step.Kind}"])]),
                        new TableCell([new TextBlock(organisation.FindPerson(step.OwnerPersonId)?.Name.For(text.Culture) ?? step.OwnerPersonId)]),
                        new TableCell([new TextBlock(DisplayTime.Date(step.Due, text)) { Color = step.Due < today ? TextColor.Attention : null }]),
                    ])
                    : new TableRow(
                    [
                        new TableCell([new TextBlock(Short(p.ProcessName)) { MaxLines = 2 }]),
                        new TableCell([new TextBlock(text["Improvement.Project.Done"]) { Color = TextColor.Good }]),
                        new TableCell([new TextBlock("—")]),
                        new TableCell([new TextBlock("—")]),
                    ])),
            ])
        { ShowGridLines = true });
        if (projects.Count > MaxRows)
        {
            body.Add(new TextBlock(text.Format("Improvement.Projects.More", projects.Count - MaxRows)) { IsSubtle = true });
        }

        body.Add(new InputChoiceSet([.. shown.Select(p => new Choice(Short(p.ProcessName), p.Id))])
        {
            Id = RedesignFields.Project, Label = text["Improvement.Projects.Pick"], Style = ChoiceInputStyle.Filtered, Value = shown[0].Id,
        });
        return new AdaptiveCard(body)
        {
            Actions = [ActionData.Execute(text["Improvement.Projects.Open"], ImprovementVerbs.ShowProject)],
            FallbackText = title,
        };
    }

    private static string Short(string name) => name.Length <= NameShown ? name : string.Concat(name.AsSpan(0, NameShown - 1), "…");
}
