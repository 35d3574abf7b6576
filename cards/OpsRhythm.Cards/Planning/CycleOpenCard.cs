using System.Globalization;
using OpsRhythm.Cards.Actions;
using OpsRhythm.Cards.Common;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Planning;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Cards.Planning;

/// <summary>The form that opens a cycle: the period, the due date for drafts and (annual) the guidelines.</summary>
public static class CycleOpenCard
{
    /// <summary>The kind the form opens (<see cref="PlanFields.Kind"/>).</summary>
    public const string KindKey = PlanFields.Kind;

    public static AdaptiveCard Build(PlanPeriod period, DateOnly suggestedDue, Localizer text, Rejection? rejection = null, IReadOnlyDictionary<string, string>? typed = null)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(text);
        string? Typed(string id) => typed is not null && typed.TryGetValue(id, out var value) ? value : null;
        var body = new List<CardElement>
        {
            PlanCardParts.Title(text.Format("Planning.OpenTitle", text[$"Planning.Kind.{period.Kind}"])),
            PlanCardParts.Subtle(text["Planning.OpenHint"]),
        };
        body.AddRange(PlanCardParts.Refusal(rejection is null ? null : RejectionText.Describe(rejection, text)));
        body.AddRange(FieldInput.With(new InputText { Id = PlanFields.Period, Label = text["Planning.Field.Period"], Value = Typed(PlanFields.Period) ?? period.ToString(), IsRequired = true, MaxLength = 7, ErrorMessage = text["Planning.Error.Required"] }, rejection, text));
        body.AddRange(FieldInput.With(new InputDate { Id = PlanFields.DueDate, Label = text["Planning.Field.DueDate"], Value = Typed(PlanFields.DueDate) ?? suggestedDue.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), IsRequired = true, ErrorMessage = text["Planning.Error.Required"] }, rejection, text));
        if (period.Kind == PlanKind.Annual)
        {
            body.AddRange(FieldInput.With(new InputText { Id = PlanFields.Guidelines, Label = text["Planning.Guidelines"], Value = Typed(PlanFields.Guidelines), IsMultiline = true, MaxLength = PlanLimits.Guidelines, IsRequired = true, ErrorMessage = text["Planning.Error.Required"] }, rejection, text));
        }

        var data = new Dictionary<string, string>(StringComparer.Ordinal) { [PlanFields.Kind] = period.Kind.ToString() };
        return new AdaptiveCard(body) { Actions = [ActionData.Execute(text["Planning.OpenButton"], PlanVerbs.Open, null, null, data) with { Style = ActionStyle.Positive }] };
    }
}
