using OpsRhythm.Cards.Actions;
using OpsRhythm.Cards.Common;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Indicators;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Cards.Indicators;

/// <summary>
/// From a scorecard to an improvement action: pick an indicator whose target was missed, say what is to be
/// improved, who owns it and by when. The scorecard offers the button only when some target was missed, and only to
/// those who may open the action.
/// </summary>
public static class EvaluationActionCard
{
    public const string Form = "indicator.evaluation.form";
    public const string Open = "indicator.evaluation.action";

    /// <summary>The choice value of an evaluation: indicator and period, as the handler reads them back.</summary>
    public static string ChoiceOf(IndicatorEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        return $"{evaluation.Indicator.Id}@{evaluation.Period}";
    }

    /// <summary>
    /// The scorecard's "improvement action" button, when a target was missed and the viewer may open one (the
    /// handler refuses anyone else all the same): nobody is shown a button that only answers "not allowed".
    /// </summary>
    public static IEnumerable<CardAction> Button(DepartmentScorecard scorecard, OrganisationProfile organisation, Localizer text, Person? viewer)
    {
        ArgumentNullException.ThrowIfNull(scorecard);
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(text);
        if (viewer is not null && EvaluationActions.MayOpen(viewer, organisation, scorecard.DepartmentId) is null && EvaluationActions.Missed(scorecard).Count > 0)
        {
            yield return ActionData.Execute(text["Indicators.Evaluation.Button"], Form, scorecard.DepartmentId, extra: new Dictionary<string, string> { [IndicatorFields.Month] = scorecard.Month.ToString() });
        }
    }

    public static AdaptiveCard Build(
        DepartmentScorecard scorecard, OrganisationProfile organisation, Localizer text, string today, IReadOnlyDictionary<string, string>? typed = null, Rejection? rejection = null)
    {
        ArgumentNullException.ThrowIfNull(scorecard);
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(text);
        var title = text.Format("Indicators.Evaluation.Title", CardParts.DepartmentName(organisation, scorecard.DepartmentId, text), PeriodNames.Of(scorecard.Month, text));
        var body = new List<CardElement> { CardParts.Title(title), CardParts.Subtle(text["Indicators.Evaluation.Hint"]) };
        if (rejection is not null)
        {
            body.Add(CardParts.Notice(RejectionText.Describe(rejection, text)));
        }

        var missed = EvaluationActions.Missed(scorecard);
        var choices = missed.Select(e => new Choice(
            text.Format("Indicators.Evaluation.Choice", e.Indicator.Name.For(text.Culture), PeriodNames.Of(e.Period, text), CardParts.Number(e.Actual, text), CardParts.Number(e.Target, text), e.Indicator.Unit),
            ChoiceOf(e))).ToList();
        body.AddRange(FieldInput.With(new InputChoiceSet(choices) { Id = IndicatorFields.Indicator, Label = text["Indicators.Column.Indicator"], Value = CardParts.Value(typed, IndicatorFields.Indicator) ?? choices.FirstOrDefault()?.Value }, rejection, text));
        body.AddRange(FieldInput.With(new InputText { Id = IndicatorFields.Findings, Label = text["Indicators.Evaluation.Finding"], IsMultiline = true, MaxLength = IndicatorLimits.ActionNote, Value = CardParts.Value(typed, IndicatorFields.Findings) }, rejection, text));
        body.AddRange(FieldInput.With(new InputChoiceSet(CardParts.PersonChoices(organisation, text)) { Id = IndicatorFields.Owner, Label = text["Indicators.Inspection.Owner"], Style = ChoiceInputStyle.Filtered, Value = CardParts.Value(typed, IndicatorFields.Owner) }, rejection, text));
        body.AddRange(FieldInput.With(new InputDate { Id = IndicatorFields.Deadline, Label = text["Indicators.Inspection.Deadline"], Min = today, Value = CardParts.Value(typed, IndicatorFields.Deadline) }, rejection, text));
        var month = new Dictionary<string, string>(StringComparer.Ordinal) { [IndicatorFields.Month] = scorecard.Month.ToString() };
        return new AdaptiveCard(body)
        {
            Actions = [ActionData.Execute(text["Indicators.Save"], Open, scorecard.DepartmentId, extra: month)],
            FallbackText = title,
        };
    }
}
