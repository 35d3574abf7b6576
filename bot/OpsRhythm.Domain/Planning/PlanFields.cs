using System.Globalization;

namespace OpsRhythm.Domain.Planning;

/// <summary>The input ids of plan cards, shared by the validator (errors) and the cards (inputs), so each error lands under its field.</summary>
public static class PlanFields
{
    public const string Targets = "targets";
    public const string Tasks = "tasks";
    public const string Measures = "measures";
    public const string Headcount = "resources.headcount";
    public const string Budget = "resources.budget";
    public const string Materials = "resources.materials";
    public const string Risks = "risks";
    public const string Comment = "comment";
    public const string Guidelines = "guidelines";
    public const string DueDate = "dueDate";
    public const string Period = "period";

    /// <summary>The kind of cycle the opening form opens (its action data, not an input).</summary>
    public const string Kind = "kind";

    public const string Reason = "reason";
    public const string Status = "status";
    public const string Progress = "progress";
    public const string ProgressNote = "note";

    public static string Target(int row, string field) => Row(Targets, row, field);

    public static string Task(int row, string field) => Row(Tasks, row, field);

    public static string Risk(int row, string field) => Row(Risks, row, field);

    /// <summary>An annual company target the approvers may adjust on the approval card, by metric.</summary>
    public static string AdjustedTarget(string metric) => "adjusted." + metric;

    private static string Row(string section, int row, string field) => string.Create(CultureInfo.InvariantCulture, $"{section}.{row}.{field}");
}
