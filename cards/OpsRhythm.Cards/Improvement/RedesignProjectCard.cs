using OpsRhythm.Cards.Actions;
using OpsRhythm.Cards.Common;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Improvement;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Cards.Improvement;

/// <summary>
/// A process redesign project's five steps with owners, due dates and progress, the departments'
/// evaluation, and (for a reader who heads a department concerned) the evaluation to give.
/// </summary>
public static class RedesignProjectCard
{
    private static readonly string[] HeaderKeys = ["Improvement.Project.Step", "Improvement.Project.Owner", "Improvement.Project.Due", "Improvement.Field.State"];

    public static AdaptiveCard Build(
        RedesignProject project, string version, OrganisationProfile organisation, Localizer text, DateOnly today, Rejection? rejection = null,
        string? notice = null, string? evaluatingDepartmentId = null, IReadOnlyDictionary<string, string>? typed = null)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(text);
        var current = project.CurrentStep;
        var body = new List<CardElement>
        {
            new TextBlock(text.Format("Improvement.Project.Title", project.ProcessName)) { Size = TextSize.Large, Weight = TextWeight.Bolder },
            new Table(
                [new(3), new(2), new(2), new(2)],
                [
                    new TableRow([.. HeaderKeys
                        .Select(k => new TableCell([new TextBlock(text[k]) { Weight = TextWeight.Bolder }]))]) { Style = ContainerStyle.Emphasis },
                    .. project.Steps.Select(s => new TableRow(
                    [
                        new TableCell([new TextBlock(text[$"Improvement.Step.{s.Kind}"]) { Weight = s == current ? TextWeight.Bolder : null }]),
                        new TableCell([new TextBlock(organisation.FindPerson(s.OwnerPersonId)?.Name.For(text.Culture) ?? s.OwnerPersonId)]),
                        new TableCell([new TextBlock(DisplayTime.Date(s.Due, text)) { Color = s.CompletedAt is null && s.Due < today ? TextColor.Attention : null }]),
                        new TableCell([new TextBlock(s.CompletedAt is not null ? text["Improvement.Project.Done"] : s == current ? text["Improvement.Project.Current"] : text["Improvement.Project.Pending"])
                        {
                            Color = s.CompletedAt is not null ? TextColor.Good : null,
                        }]),
                    ])),
                ])
            { ShowGridLines = true },
        };
        body.AddRange(RedesignEvaluationSection.Body(project, organisation, text, evaluatingDepartmentId, typed, rejection));
        if (notice is not null)
        {
            body.Add(new TextBlock(notice) { Color = TextColor.Good, Weight = TextWeight.Bolder });
        }

        if (rejection is not null)
        {
            body.Add(new TextBlock(RejectionText.Describe(rejection, text)) { Color = TextColor.Attention });
        }

        if (current is null)
        {
            body.Add(new TextBlock(text["Improvement.Project.Finished"]) { Color = TextColor.Good, Weight = TextWeight.Bolder });
            return new AdaptiveCard(body) { FallbackText = project.ProcessName };
        }

        body.AddRange(FieldInput.With(new InputText { Id = ImprovementFields.Note, Label = text["Improvement.Project.Note"], IsMultiline = true, MaxLength = ImprovementLimits.ProjectNote }, rejection, text));
        var complete = ActionData.Execute(text.Format("Improvement.Project.Complete", text[$"Improvement.Step.{current.Kind}"]), ImprovementVerbs.CompleteStep, project.Id, version,
            new Dictionary<string, string> { [RedesignFields.Step] = current.Kind.ToString() });
        return new AdaptiveCard(body)
        {
            Actions = RedesignEvaluationSection.Button(project, text, evaluatingDepartmentId) is { } evaluate ? [evaluate, complete] : [complete],
            FallbackText = project.ProcessName,
        };
    }

    /// <summary>The ops office starts a project: the process, and an owner and due date per step.</summary>
    public static AdaptiveCard StartForm(OrganisationProfile organisation, Localizer text, IReadOnlyDictionary<string, string>? typed = null, Rejection? rejection = null)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(text);
        string? V(string key) => typed is not null && typed.TryGetValue(key, out var v) ? v : null;
        var people = organisation.People.Select(p => new Choice(p.Name.For(text.Culture), p.Id)).ToList();
        var body = new List<CardElement> { new TextBlock(text["Improvement.Project.StartTitle"]) { Size = TextSize.Large, Weight = TextWeight.Bolder } };
        if (rejection is not null)
        {
            body.Add(new TextBlock(RejectionText.Describe(rejection, text)) { Color = TextColor.Attention });
        }

        body.AddRange(FieldInput.With(new InputText { Id = ImprovementFields.Process, Label = text["Improvement.Project.Process"], MaxLength = ImprovementLimits.Process, Value = V(ImprovementFields.Process) }, rejection, text));
        body.AddRange(FieldInput.With(new InputChoiceSet([.. organisation.Departments.Select(d => new Choice(d.Name.For(text.Culture), d.Id))])
        {
            Id = RedesignFields.Departments, Label = text["Improvement.Project.Departments"], IsMultiSelect = true, Value = V(RedesignFields.Departments),
        }, rejection, text));
        foreach (var kind in Enum.GetValues<RedesignStepKind>())
        {
            body.Add(new ColumnSet(
            [
                new Column([.. FieldInput.With(new InputChoiceSet(people) { Id = ImprovementFields.OwnerOf(kind), Label = text[$"Improvement.Step.{kind}"], Style = ChoiceInputStyle.Filtered, Value = V(ImprovementFields.OwnerOf(kind)) }, rejection, text)]) { Width = "stretch" },
                new Column([.. FieldInput.With(new InputDate { Id = ImprovementFields.DueOf(kind), Label = text["Improvement.Project.Due"], Value = V(ImprovementFields.DueOf(kind)) }, rejection, text)]) { Width = "stretch" },
            ]));
        }

        if (rejection?.FieldErrors.TryGetValue(ImprovementFields.Steps, out var stepsError) == true)
        {
            body.Add(new TextBlock(text.Format(stepsError.TextKey, stepsError.Arguments)) { Color = TextColor.Attention });
        }

        return new AdaptiveCard(body)
        {
            Actions = [ActionData.Execute(text["Improvement.Project.Start"], ImprovementVerbs.StartProject)],
            FallbackText = text["Improvement.Project.StartTitle"],
        };
    }
}
