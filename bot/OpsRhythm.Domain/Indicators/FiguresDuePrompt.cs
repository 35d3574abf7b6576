namespace OpsRhythm.Domain.Indicators;

/// <summary>
/// The record that a department's head was prompted for the figures due after <see cref="Month"/> (stored in the
/// department-year's partition, id by month): created once in the batch that queues the prompt, so a job run twice
/// or caught up after a restart prompts nobody twice.
/// </summary>
public sealed record FiguresDuePrompt(string Id, string DepartmentId, string Month, IReadOnlyList<string> Missing)
{
    public required DateTimeOffset PromptedAt { get; init; }

    public static string IdFor(Period month) => $"figures-due:{month}";
}
