namespace OpsRhythm.Domain.Indicators;

/// <summary>Reward points a person earned, and when: a line of the reward ledger (an adopted suggestion) as the ranking reads it.</summary>
public sealed record PersonAward(string PersonId, int Points, DateTimeOffset At);
