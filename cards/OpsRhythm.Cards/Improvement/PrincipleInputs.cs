using OpsRhythm.Cards.Common;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Improvement;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Cards.Improvement;

/// <summary>The four design principles as inputs: a rating and a finding each, shared by the process form and its review.</summary>
internal static class PrincipleInputs
{
    public static IEnumerable<CardElement> For(IReadOnlyList<PrincipleAssessment> current, IReadOnlyDictionary<string, string>? typed, Rejection? rejection, Localizer text)
    {
        string? V(string key) => typed is not null && typed.TryGetValue(key, out var v) ? v : null;
        var ratings = Enum.GetValues<PrincipleRating>().Select(r => new Choice(text[$"Improvement.Rating.{r}"], r.ToString())).ToList();
        foreach (var principle in Enum.GetValues<DesignPrinciple>())
        {
            var was = current.FirstOrDefault(p => p.Principle == principle);
            yield return new ColumnSet(
            [
                new Column([.. FieldInput.With(new InputChoiceSet(ratings)
                {
                    Id = ProcessFields.RatingOf(principle), Label = text[$"Improvement.Principle.{principle}"], Value = V(ProcessFields.RatingOf(principle)) ?? was?.Rating.ToString(),
                }, rejection, text)]) { Width = "2" },
                new Column([.. FieldInput.With(new InputText
                {
                    Id = ProcessFields.NoteOf(principle), Label = text["Improvement.Principle.Finding"], MaxLength = ImprovementLimits.PrincipleNote, Value = V(ProcessFields.NoteOf(principle)) ?? was?.Note,
                }, rejection, text)]) { Width = "3" },
            ]);
        }
    }

    /// <summary>"以客户为导向：符合（…）" per assessed principle, or that none were assessed yet.</summary>
    public static IEnumerable<Fact> Facts(IReadOnlyList<PrincipleAssessment> principles, Localizer text)
    {
        if (principles.Count == 0)
        {
            yield return new Fact(text["Improvement.Principle.Title"], text["Improvement.Principle.NotAssessed"]);
            yield break;
        }

        foreach (var p in principles)
        {
            var rating = text[$"Improvement.Rating.{p.Rating}"];
            yield return new Fact(text[$"Improvement.Principle.{p.Principle}"], p.Note is null ? rating : text.Format("Improvement.Principle.WithFinding", rating, p.Note));
        }
    }
}
