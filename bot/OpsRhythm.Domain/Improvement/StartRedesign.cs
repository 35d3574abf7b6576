namespace OpsRhythm.Domain.Improvement;

/// <summary>A redesign project as the ops office plans it: the process and the steps with their owners and due dates.</summary>
public sealed record StartRedesign(string? ProcessName, IReadOnlyList<RedesignStep> Steps)
{
    /// <summary>The departments concerned, who will assess the solution.</summary>
    public IReadOnlyList<string> DepartmentIds { get; init; } = [];
}
