namespace OpsRhythm.IntegrationTests.Turns;

/// <summary>The smallest state the card pipeline's tests change: a named count in a department's partition.</summary>
public sealed record PipelineItem(string Name, int Count);
