namespace OpsRhythm.Domain.Indicators;

/// <summary>
/// A person recognised in a month's ranking (R-3.5, rewards for strong people as well as departments): the reward
/// points they earned that month and the improvement actions they owned and closed by the deadline that month.
/// </summary>
public sealed record PersonRecognition(string PersonId, int Rank, int Points, int ActionsClosedOnTime);
