using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Domain.Planning;

/// <summary>
/// Checks a plan's content. A draft may be incomplete but what it holds must be right (numbers in
/// range, dates inside the period, owners from the department); a submitted plan must also be complete.
/// </summary>
public static class PlanValidator
{
    public static IReadOnlyDictionary<string, FieldError> ValidateDraft(PlanContent content, PlanPeriod period, IReadOnlySet<string> memberIds)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(memberIds);
        var errors = new Dictionary<string, FieldError>(StringComparer.Ordinal);
        ValidateTargets(content.Targets, errors);
        ValidateTasks(content.Tasks, period, memberIds, errors);
        ValidateResources(content, errors);
        ValidateRisks(content.Risks, errors);
        return errors;
    }

    public static IReadOnlyDictionary<string, FieldError> ValidateForSubmit(PlanContent content, PlanPeriod period, IReadOnlySet<string> memberIds)
    {
        var errors = new Dictionary<string, FieldError>(ValidateDraft(content, period, memberIds), StringComparer.Ordinal);
        if (period.Kind == PlanKind.Annual)
        {
            var missing = Metrics.RequiredForAnnual.Where(m => !content.Targets.Any(t => t.Metric == m)).ToList();
            if (missing.Count > 0)
            {
                errors[PlanFields.Targets] = new FieldError("Planning.Error.MissingMetrics", string.Join(", ", missing));
            }
        }
        else if (content.Targets.Count == 0 && content.Tasks.Count == 0)
        {
            errors[PlanFields.Targets] = new FieldError("Planning.Error.NothingPlanned");
        }

        if (content.Tasks.Count == 0)
        {
            errors[PlanFields.Tasks] = new FieldError("Planning.Error.NoTasks");
        }

        return errors;
    }

    /// <summary>A comment that is required (returning a plan, sending back the company plan) or optional.</summary>
    public static IReadOnlyDictionary<string, FieldError> ValidateComment(string? comment, bool required)
    {
        var errors = new Dictionary<string, FieldError>(StringComparer.Ordinal);
        CheckText(comment, PlanFields.Comment, PlanLimits.Comment, required, errors);
        return errors;
    }

    public static IReadOnlyDictionary<string, FieldError> ValidateOpening(OpenCycleCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var errors = new Dictionary<string, FieldError>(StringComparer.Ordinal);
        // A cycle far from today (a typo such as 2999) would open and notify every head.
        if (command.Period.Start > DateBounds.Latest(command.Today) || command.Period.End < DateBounds.Earliest(command.Today))
        {
            errors[PlanFields.Period] = DateBounds.OutOfRange(command.Today);
        }
        else if (command.DueDate < command.Today || command.DueDate > command.Period.End)
        {
            errors[PlanFields.DueDate] = new FieldError("Planning.Error.DueDateRange", command.Today, command.Period.End);
        }

        CheckText(command.Guidelines, PlanFields.Guidelines, PlanLimits.Guidelines, command.Period.Kind == PlanKind.Annual, errors);
        if (command.DepartmentIds.Count == 0)
        {
            errors[PlanFields.Period] = new FieldError("Planning.Error.NoDepartments");
        }

        return errors;
    }

    public static void CheckText(string? value, string field, int maxLength, bool required, IDictionary<string, FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                errors[field] = new FieldError("Planning.Error.Required");
            }
        }
        else if (value.Length > maxLength)
        {
            errors[field] = new FieldError("Planning.Error.TooLong", maxLength);
        }
    }

    private static void ValidateTargets(IReadOnlyList<PlanTarget> targets, Dictionary<string, FieldError> errors)
    {
        if (targets.Count > PlanLimits.MaxTargets)
        {
            errors[PlanFields.Targets] = new FieldError("Planning.Error.TooManyRows", PlanLimits.MaxTargets);
        }

        for (var i = 0; i < targets.Count; i++)
        {
            var target = targets[i];
            CheckText(target.Metric, PlanFields.Target(i, "metric"), PlanLimits.ShortText, required: true, errors);
            CheckText(target.Unit, PlanFields.Target(i, "unit"), PlanLimits.ShortText, required: true, errors);
            var bounds = target.Metric == Metrics.MarketShare ? (Min: 0m, Max: 100m) : (Min: -PlanLimits.MaxAmount, Max: PlanLimits.MaxAmount);
            if (target.Value < bounds.Min || target.Value > bounds.Max)
            {
                errors[PlanFields.Target(i, "value")] = new FieldError("Planning.Error.OutOfRange", bounds.Min, bounds.Max);
            }
        }
    }

    private static void ValidateTasks(IReadOnlyList<PlanTask> tasks, PlanPeriod period, IReadOnlySet<string> memberIds, Dictionary<string, FieldError> errors)
    {
        if (tasks.Count > PlanLimits.MaxTasks)
        {
            errors[PlanFields.Tasks] = new FieldError("Planning.Error.TooManyRows", PlanLimits.MaxTasks);
        }

        for (var i = 0; i < tasks.Count; i++)
        {
            var task = tasks[i];
            CheckText(task.Title, PlanFields.Task(i, "title"), PlanLimits.Title, required: true, errors);
            if (string.IsNullOrWhiteSpace(task.OwnerPersonId))
            {
                errors[PlanFields.Task(i, "owner")] = new FieldError("Planning.Error.Required");
            }
            else if (!memberIds.Contains(task.OwnerPersonId))
            {
                errors[PlanFields.Task(i, "owner")] = new FieldError("Planning.Error.OwnerNotInDepartment");
            }

            if (!period.Contains(task.DueDate))
            {
                errors[PlanFields.Task(i, "due")] = new FieldError("Planning.Error.DateOutsidePeriod", period.Start, period.End);
            }

            if (task.ProgressPercent is < 0 or > 100)
            {
                errors[PlanFields.Task(i, "progress")] = new FieldError("Planning.Error.OutOfRange", 0, 100);
            }
        }
    }

    private static void ValidateResources(PlanContent content, Dictionary<string, FieldError> errors)
    {
        if (content.Resources.Headcount is < 0 or > PlanLimits.MaxHeadcount)
        {
            errors[PlanFields.Headcount] = new FieldError("Planning.Error.OutOfRange", 0, PlanLimits.MaxHeadcount);
        }

        if (content.Resources.Budget < 0 || content.Resources.Budget > PlanLimits.MaxAmount)
        {
            errors[PlanFields.Budget] = new FieldError("Planning.Error.OutOfRange", 0, PlanLimits.MaxAmount);
        }

        CheckText(content.Resources.Materials, PlanFields.Materials, PlanLimits.LongText, required: false, errors);
        CheckText(content.Measures, PlanFields.Measures, PlanLimits.LongText, required: false, errors);
    }

    private static void ValidateRisks(IReadOnlyList<PlanRisk> risks, Dictionary<string, FieldError> errors)
    {
        if (risks.Count > PlanLimits.MaxRisks)
        {
            errors[PlanFields.Risks] = new FieldError("Planning.Error.TooManyRows", PlanLimits.MaxRisks);
        }

        for (var i = 0; i < risks.Count; i++)
        {
            var risk = risks[i];
            CheckText(risk.Description, PlanFields.Risk(i, "description"), PlanLimits.Title, required: true, errors);
            if (risk.Likelihood is < PlanRisk.MinScore or > PlanRisk.MaxScore)
            {
                errors[PlanFields.Risk(i, "likelihood")] = new FieldError("Planning.Error.OutOfRange", PlanRisk.MinScore, PlanRisk.MaxScore);
            }

            if (risk.Impact is < PlanRisk.MinScore or > PlanRisk.MaxScore)
            {
                errors[PlanFields.Risk(i, "impact")] = new FieldError("Planning.Error.OutOfRange", PlanRisk.MinScore, PlanRisk.MaxScore);
            }
        }
    }
}
