using OpsRhythm.Cards.Actions;
using OpsRhythm.Cards.Common;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Improvement;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Cards.Improvement;

/// <summary>
/// The evaluation of a redesign (R-2.2, step 4) on its card: the departments concerned with their assessment
/// (feasibility, effectiveness, cost-benefit) or "waiting", and, for the department the reader assesses for,
/// the three scores to give while the evaluation step is current.
/// </summary>
internal static class RedesignEvaluationSection
{
    public static IEnumerable<CardElement> Body(RedesignProject project, OrganisationProfile organisation, Localizer text, string? evaluatingDepartmentId, IReadOnlyDictionary<string, string>? typed, Rejection? rejection)
    {
        if (project.DepartmentIds.Count == 0)
        {
            yield break;
        }

        string Department(string id) => organisation.FindDepartment(id)?.Name.For(text.Culture) ?? id;
        yield return new TextBlock(text["Improvement.Evaluation.Title"]) { Weight = TextWeight.Bolder, Separator = true };
        yield return new FactSet([.. project.DepartmentIds.Select(d => project.Evaluations.FirstOrDefault(e => e.DepartmentId == d) is { } e
            ? new Fact(Department(d), text.Format(e.Comment is null ? "Improvement.Evaluation.Scores" : "Improvement.Evaluation.ScoresWithComment", e.Feasibility, e.Effectiveness, e.CostBenefit, e.Comment ?? string.Empty))
            : new Fact(Department(d), text["Improvement.Evaluation.Waiting"]))]);
        if (evaluatingDepartmentId is null || project.CurrentStep?.Kind != RedesignStepKind.Evaluation)
        {
            yield break;
        }

        string? V(string key) => typed is not null && typed.TryGetValue(key, out var v) ? v : null;
        var scores = Enumerable.Range(RedesignEvaluation.MinScore, RedesignEvaluation.MaxScore).Select(i => new Choice(i.ToString(text.Culture), i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        yield return new TextBlock(text.Format("Improvement.Evaluation.For", Department(evaluatingDepartmentId))) { Weight = TextWeight.Bolder };
        yield return new ColumnSet(
        [
            new Column([.. FieldInput.With(new InputChoiceSet(scores) { Id = RedesignFields.Feasibility, Label = text["Improvement.Field.Feasibility"], Value = V(RedesignFields.Feasibility) }, rejection, text)]) { Width = "stretch" },
            new Column([.. FieldInput.With(new InputChoiceSet(scores) { Id = RedesignFields.Effectiveness, Label = text["Improvement.Field.Effectiveness"], Value = V(RedesignFields.Effectiveness) }, rejection, text)]) { Width = "stretch" },
            new Column([.. FieldInput.With(new InputChoiceSet(scores) { Id = RedesignFields.CostBenefit, Label = text["Improvement.Field.CostBenefit"], Value = V(RedesignFields.CostBenefit) }, rejection, text)]) { Width = "stretch" },
        ]);
        foreach (var element in FieldInput.With(new InputText { Id = RedesignFields.Comment, Label = text["Improvement.Evaluation.Comment"], IsMultiline = true, MaxLength = ImprovementLimits.ReviewNote, Value = V(RedesignFields.Comment) }, rejection, text))
        {
            yield return element;
        }
    }

    /// <summary>The button submitting the reader's department's assessment, or null when they have none to give.</summary>
    public static ExecuteAction? Button(RedesignProject project, Localizer text, string? evaluatingDepartmentId) =>
        evaluatingDepartmentId is null || project.CurrentStep?.Kind != RedesignStepKind.Evaluation
            ? null
            : ActionData.Execute(text["Improvement.Evaluation.Submit"], ImprovementVerbs.Evaluate, project.Id, extra: new Dictionary<string, string> { [RedesignFields.Department] = evaluatingDepartmentId });
}
