using OpsRhythm.Cards.Common;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Planning;
using OpsRhythm.Domain.Risks;

namespace OpsRhythm.Cards.Planning;

/// <summary>How planning things are named to the reader, in their language.</summary>
public static class PlanNames
{
    public static string Period(PlanPeriod period, Localizer text)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(text);
        return period.Kind == PlanKind.Monthly
            ? PeriodNames.Month(period.Year, period.Index, text)
            : text.Format($"Planning.Period.{period.Kind}", period.Year, period.Index);
    }

    /// <summary>"2027年1月 月度计划" / "Monthly plan January 2027".</summary>
    public static string Cycle(PlanCycle cycle, Localizer text)
    {
        ArgumentNullException.ThrowIfNull(cycle);
        ArgumentNullException.ThrowIfNull(text);
        return text.Format("Planning.CycleTitle", Period(cycle.Period, text), text[$"Planning.Kind.{cycle.Kind}"]);
    }

    /// <summary>A cycle by its id as stored ("monthly-2027-01") → 2027年1月月度计划; an id of another shape as it is.</summary>
    public static string CycleOf(string cycleId, Localizer text)
    {
        ArgumentNullException.ThrowIfNull(cycleId);
        ArgumentNullException.ThrowIfNull(text);
        var dash = cycleId.IndexOf('-', StringComparison.Ordinal);
        return dash > 0 && PlanPeriod.TryParse(cycleId[(dash + 1)..], out var period)
            && string.Equals(cycleId[..dash], period.Kind.ToString(), StringComparison.OrdinalIgnoreCase)
            ? text.Format("Planning.CycleTitle", Period(period, text), text[$"Planning.Kind.{period.Kind}"])
            : cycleId;
    }

    public static string Department(OrganisationProfile organisation, string departmentId, Localizer text)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(text);
        return organisation.FindDepartment(departmentId)?.Name.For(text.Culture) ?? departmentId;
    }

    public static string Person(OrganisationProfile organisation, string personId, Localizer text)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(text);
        return organisation.FindPerson(personId)?.Name.For(text.Culture)
            ?? (personId == PlanActor.SystemId ? text["Planning.SystemActor"] : personId);
    }

    /// <summary>The localized name of a known metric key, or the department's own wording.</summary>
    public static string Metric(string metric, Localizer text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Metrics.IsKnown(metric) ? text[$"Planning.Metric.{metric}"] : metric;
    }

    /// <summary>Maps what a person typed back to a metric key: "销售额", "Sales" and "sales" all mean <see cref="Metrics.Sales"/>.</summary>
    public static string MetricKey(string typed)
    {
        ArgumentNullException.ThrowIfNull(typed);
        var value = typed.Trim();
        return Metrics.RequiredForAnnual.FirstOrDefault(key =>
            string.Equals(key, value, StringComparison.OrdinalIgnoreCase)
            || string.Equals(Localizer.ZhCn[$"Planning.Metric.{key}"], value, StringComparison.Ordinal)
            || string.Equals(Localizer.EnUs[$"Planning.Metric.{key}"], value, StringComparison.OrdinalIgnoreCase)) ?? value;
    }

    public static string Of<TEnum>(TEnum value, Localizer text)
        where TEnum : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(text);
        return text[$"Planning.{typeof(TEnum).Name}.{value}"];
    }

    /// <summary>A plan's state as its reader should see it: an accepted plan of a published cycle is 已发布, not 已通过.</summary>
    public static string State(PlanCycle cycle, DepartmentPlan plan, Localizer text)
    {
        ArgumentNullException.ThrowIfNull(cycle);
        ArgumentNullException.ThrowIfNull(plan);
        return IsPublished(cycle, plan) ? Of(PlanCycleState.Published, text) : Of(plan.State, text);
    }

    /// <summary>The plan's state, marked overdue (逾期) when <paramref name="today"/> (the organisation's date) is past the due date and it is not submitted.</summary>
    public static string State(PlanCycle cycle, DepartmentPlan plan, Localizer text, DateOnly? today)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var state = State(cycle, plan, text);
        return today is { } day && SubmissionDeadline.IsOverdue(cycle, plan.State, day) ? text.Format("Planning.OverdueState", state) : state;
    }

    public static bool IsPublished(PlanCycle cycle, DepartmentPlan plan)
    {
        ArgumentNullException.ThrowIfNull(cycle);
        ArgumentNullException.ThrowIfNull(plan);
        return cycle.State == PlanCycleState.Published && plan.State == DepartmentPlanState.Accepted && cycle.PublishedAt is not null;
    }

    public static string Date(DateOnly date, Localizer text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return DisplayTime.Date(date, text);
    }

    /// <summary>The level as a word beside its score: 高（3×4=12）/ High (3×4=12), banded as the risk register bands it.</summary>
    public static string RiskLevel(PlanRisk risk, Localizer text)
    {
        ArgumentNullException.ThrowIfNull(risk);
        ArgumentNullException.ThrowIfNull(text);
        var word = text[$"Risks.Level.{RiskLevelBands.Default.LevelOf(risk.Likelihood, risk.Impact)}"];
        return text.Format("Planning.LevelValue", risk.Likelihood, risk.Impact, risk.Level, word);
    }

    public static string Number(decimal value, Localizer text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return value.ToString("#,##0.##", text.Culture);
    }
}
