using OpsRhythm.Cards.Actions;
using OpsRhythm.Cards.Common;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Improvement;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Cards.Improvement;

/// <summary>The ops office records a process: its owner, review interval and the four principles assessed.</summary>
public static class ProcessFormCard
{
    public const int DefaultIntervalMonths = 6;

    private static readonly int[] Intervals = [1, 3, 6, 12, 24];

    public static AdaptiveCard Build(OrganisationProfile organisation, Localizer text, IReadOnlyDictionary<string, string>? typed = null, Rejection? rejection = null)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(text);
        string? V(string key) => typed is not null && typed.TryGetValue(key, out var v) ? v : null;
        var people = organisation.People.Select(p => new Choice(p.Name.For(text.Culture), p.Id)).ToList();
        var months = Intervals.Select(m => new Choice(text.Format("Improvement.Process.Months", m), m.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        var body = new List<CardElement> { new TextBlock(text["Improvement.Process.FormTitle"]) { Size = TextSize.Large, Weight = TextWeight.Bolder } };
        if (rejection is not null)
        {
            body.Add(new TextBlock(RejectionText.Describe(rejection, text)) { Color = TextColor.Attention });
        }

        body.AddRange(FieldInput.With(new InputText { Id = ProcessFields.Process, Label = text["Improvement.Project.Process"], MaxLength = ImprovementLimits.Process, Value = V(ProcessFields.Process) }, rejection, text));
        body.Add(new ColumnSet(
        [
            new Column([.. FieldInput.With(new InputChoiceSet(people) { Id = ProcessFields.Owner, Label = text["Improvement.Project.Owner"], Style = ChoiceInputStyle.Filtered, Value = V(ProcessFields.Owner) }, rejection, text)]) { Width = "stretch" },
            new Column([.. FieldInput.With(new InputChoiceSet(months) { Id = ProcessFields.IntervalMonths, Label = text["Improvement.Process.Interval"], Value = V(ProcessFields.IntervalMonths) ?? DefaultIntervalMonths.ToString(System.Globalization.CultureInfo.InvariantCulture) }, rejection, text)]) { Width = "stretch" },
        ]));
        body.Add(new TextBlock(text["Improvement.Review.Checklist"]) { Weight = TextWeight.Bolder, Separator = true });
        body.AddRange(PrincipleInputs.For([], typed, rejection, text));
        return new AdaptiveCard(body)
        {
            Actions = [ActionData.Execute(text["Improvement.Process.Record"], ImprovementVerbs.RecordProcess)],
            FallbackText = text["Improvement.Process.FormTitle"],
        };
    }
}
