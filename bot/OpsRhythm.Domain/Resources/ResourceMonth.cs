using System.Globalization;
using System.Text.Json.Serialization;

namespace OpsRhythm.Domain.Resources;

/// <summary>
/// A department's actual resources for one month: money spent against the budget (财力) and people on staff
/// against the planned headcount (人力). Stored with the indicator values in the partition "{dept}:{year}" as
/// "resources:{yyyy-MM}"; entered again, it is replaced (the audit keeps every entry). <see cref="Plan"/> is the
/// plan as it stood at the last entry, which decided whether that entry pushed the month over.
/// </summary>
public sealed record ResourceMonth(string DepartmentId, int Year, int Month)
{
    public static string DocumentIdFor(int year, int month) => string.Create(CultureInfo.InvariantCulture, $"resources:{year:D4}-{month:D2}");

    [JsonIgnore]
    public string DocumentId => DocumentIdFor(Year, Month);

    /// <summary>"2027-01", as plan periods and indicator periods write a month.</summary>
    [JsonIgnore]
    public string Period => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}");

    public decimal Budget { get; init; }

    public int Headcount { get; init; }

    public string? Note { get; init; }

    public ResourcePlan Plan { get; init; } = ResourcePlan.None;

    public string EnteredBy { get; init; } = string.Empty;

    public DateTimeOffset EnteredAt { get; init; }

    /// <summary>How many times the month was entered (1 for the first entry).</summary>
    public int Entries { get; init; }

    [JsonIgnore]
    public bool OverBudget => Plan.BudgetOver(Budget);

    [JsonIgnore]
    public bool OverHeadcount => Plan.HeadcountOver(Headcount);
}
