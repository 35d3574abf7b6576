using System.Globalization;
using OpsRhythm.Cards.Actions;
using OpsRhythm.Cards.Common;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Planning;

namespace OpsRhythm.Cards.Planning;

/// <summary>Edits one section of a department plan: a row of inputs per target, task or risk, each error under its field.</summary>
public static class PlanSectionCard
{
    public const string RowsKey = "rows";
    public const string GotoKey = "goto";

    public static AdaptiveCard Build(PlanSectionView view, Localizer text)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(text);
        var body = new List<CardElement>
        {
            PlanCardParts.Title(text.Format("Planning.EditTitle", text[$"Planning.Edit.{view.Section}"], PlanNames.Department(view.Organisation, view.Plan.DepartmentId, text))),
            PlanCardParts.Subtle(view.IsPaged
                ? text.Format("Planning.EditHintPaged", PlanNames.Cycle(view.Cycle, text), view.Page + 1, view.PageCount)
                : text.Format("Planning.EditHint", PlanNames.Cycle(view.Cycle, text))),
        };
        body.AddRange(PlanCardParts.Refusal(view.Rejection is { } rejection ? RejectionText.Describe(rejection, text) : null));
        var section = view.Section switch
        {
            PlanSection.Targets => PlanFields.Targets,
            PlanSection.Tasks => PlanFields.Tasks,
            PlanSection.Risks => PlanFields.Risks,
            _ => PlanFields.Measures,
        };
        body.AddRange(PlanCardParts.Error(view.Rejection, section, text));
        foreach (var row in view.Section == PlanSection.Resources ? [] : view.Rows)
        {
            body.Add(new Container(Row(view, row, text).ToList()) { Separator = true, Spacing = Spacing.Medium });
        }

        if (view.Section == PlanSection.Resources)
        {
            body.AddRange(ResourceInputs(view, text));
        }

        return new AdaptiveCard(body) { Actions = Actions(view, text) };
    }

    private static IEnumerable<CardElement> Row(PlanSectionView view, int row, Localizer text) => view.Section switch
    {
        PlanSection.Targets => TargetRow(view, row, text),
        PlanSection.Tasks => TaskRow(view, row, text),
        _ => RiskRow(view, row, text),
    };

    private static IEnumerable<CardElement> TargetRow(PlanSectionView view, int row, Localizer text)
    {
        var target = row < view.Plan.Content.Targets.Count ? view.Plan.Content.Targets[row] : null;
        return Inputs(view, text,
            new InputText { Id = PlanFields.Target(row, "metric"), Label = text["Planning.Field.Metric"], Value = target is null ? null : PlanNames.Metric(target.Metric, text), Placeholder = text["Planning.MetricPlaceholder"], MaxLength = PlanLimits.ShortText },
            new InputNumber { Id = PlanFields.Target(row, "value"), Label = text["Planning.Field.Value"], Value = (double?)target?.Value },
            new InputText { Id = PlanFields.Target(row, "unit"), Label = text["Planning.Field.Unit"], Value = target?.Unit, MaxLength = PlanLimits.ShortText });
    }

    private static IEnumerable<CardElement> TaskRow(PlanSectionView view, int row, Localizer text)
    {
        var task = row < view.Plan.Content.Tasks.Count ? view.Plan.Content.Tasks[row] : null;
        var owners = view.Organisation.MembersOf(view.Plan.DepartmentId).Select(p => new Choice(p.Name.For(text.Culture), p.Id)).ToList();
        var period = view.Cycle.Period;
        return Inputs(view, text,
            new InputText { Id = PlanFields.Task(row, "title"), Label = text.Format("Planning.TaskLabel", row + 1), Value = task?.Title, MaxLength = PlanLimits.Title, Placeholder = task is null ? text["Planning.NewRowPlaceholder"] : null },
            new InputChoiceSet(owners) { Id = PlanFields.Task(row, "owner"), Label = text["Planning.Field.Owner"], Value = task?.OwnerPersonId, Placeholder = text["Planning.OwnerPlaceholder"] },
            new InputDate { Id = PlanFields.Task(row, "due"), Label = text["Planning.Field.Due"], Value = task?.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Min = Iso(period.Start), Max = Iso(period.End) },
            new InputToggle(text["Planning.Field.Milestone"]) { Id = PlanFields.Task(row, "milestone"), Value = task?.IsMilestone == true ? "true" : "false" });
    }

    private static IEnumerable<CardElement> RiskRow(PlanSectionView view, int row, Localizer text)
    {
        var risk = row < view.Plan.Content.Risks.Count ? view.Plan.Content.Risks[row] : null;
        var categories = Enum.GetValues<RiskCategory>().Select(c => new Choice(PlanNames.Of(c, text), c.ToString())).ToList();
        var responses = Enum.GetValues<RiskResponse>().Select(r => new Choice(PlanNames.Of(r, text), r.ToString())).ToList();
        return Inputs(view, text,
            new InputText { Id = PlanFields.Risk(row, "description"), Label = text.Format("Planning.RiskLabel", row + 1), Value = risk?.Description, MaxLength = PlanLimits.Title, Placeholder = risk is null ? text["Planning.NewRowPlaceholder"] : null },
            new InputChoiceSet(categories) { Id = PlanFields.Risk(row, "category"), Label = text["Planning.Field.Category"], Value = (risk?.Category ?? RiskCategory.Market).ToString() },
            new InputNumber { Id = PlanFields.Risk(row, "likelihood"), Label = text["Planning.Field.Likelihood"], Value = risk?.Likelihood, Min = PlanRisk.MinScore, Max = PlanRisk.MaxScore },
            new InputNumber { Id = PlanFields.Risk(row, "impact"), Label = text["Planning.Field.Impact"], Value = risk?.Impact, Min = PlanRisk.MinScore, Max = PlanRisk.MaxScore },
            new InputChoiceSet(responses) { Id = PlanFields.Risk(row, "response"), Label = text["Planning.Field.Response"], Value = (risk?.Response ?? RiskResponse.Reduce).ToString() });
    }

    private static IEnumerable<CardElement> ResourceInputs(PlanSectionView view, Localizer text)
    {
        var content = view.Plan.Content;
        return Inputs(view, text,
            new InputText { Id = PlanFields.Measures, Label = text["Planning.Field.Measures"], Value = content.Measures, IsMultiline = true, MaxLength = PlanLimits.LongText },
            new InputNumber { Id = PlanFields.Headcount, Label = text["Planning.Field.Headcount"], Value = content.Resources.Headcount, Min = 0 },
            new InputNumber { Id = PlanFields.Budget, Label = text["Planning.Field.Budget"], Value = (double)content.Resources.Budget, Min = 0 },
            new InputText { Id = PlanFields.Materials, Label = text["Planning.Field.Materials"], Value = content.Resources.Materials, IsMultiline = true, MaxLength = PlanLimits.LongText, Placeholder = text["Planning.MaterialsPlaceholder"] });
    }

    /// <summary>Puts back what the person typed (when a save was refused) and the error under each input.</summary>
    private static IEnumerable<CardElement> Inputs(PlanSectionView view, Localizer text, params InputElement[] inputs) =>
        inputs.Select(input => Retyped(view, input)).SelectMany(input => FieldInput.With(input, view.Rejection, text));

    private static InputElement Retyped(PlanSectionView view, InputElement input)
    {
        if (input.Id is not { } id || view.TypedValue(id) is not { } typed)
        {
            return input;
        }

        return input switch
        {
            InputText t => t with { Value = typed },
            InputNumber n => n with { Value = double.TryParse(typed, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : null, Placeholder = typed },
            InputDate d => d with { Value = typed },
            InputChoiceSet c => c with { Value = typed },
            InputToggle t => t with { Value = typed },
            _ => input,
        };
    }

    private static List<CardAction> Actions(PlanSectionView view, Localizer text)
    {
        var rows = string.Join(',', view.Rows.Select(r => r.ToString(CultureInfo.InvariantCulture)));
        Dictionary<string, string> Data(int? goTo) => new(StringComparer.Ordinal)
        {
            [PlanVerbs.SectionKey] = view.Section.ToString(),
            [PlanVerbs.PageKey] = view.Page.ToString(CultureInfo.InvariantCulture),
            [RowsKey] = rows,
            [GotoKey] = goTo?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
        };

        var actions = new List<CardAction> { ActionData.Execute(text["Planning.SaveButton"], PlanVerbs.Save, view.EntityId, view.ETag, Data(null)) with { Style = ActionStyle.Positive } };
        if (view.IsPaged && view.Page > 0)
        {
            actions.Add(ActionData.Execute(text["Planning.SavePreviousButton"], PlanVerbs.Save, view.EntityId, view.ETag, Data(view.Page - 1)));
        }

        if (view.IsPaged && view.Page < view.PageCount - 1)
        {
            actions.Add(ActionData.Execute(text["Planning.SaveNextButton"], PlanVerbs.Save, view.EntityId, view.ETag, Data(view.Page + 1)));
        }

        actions.Add(ActionData.Execute(text["Planning.CancelButton"], PlanVerbs.View, view.EntityId, view.ETag) with { AssociatedInputs = "none" });
        return actions;
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
