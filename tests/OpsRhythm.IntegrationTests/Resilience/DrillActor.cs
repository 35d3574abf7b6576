namespace OpsRhythm.IntegrationTests.Resilience;

/// <summary>A person the hostile drill sends as: their Teams id, person id and the department they head.</summary>
public sealed record DrillActor(string TeamsId, string Person, string Department);
