namespace OpsRhythm.Domain.Indicators;

/// <summary>
/// Departments ranked by score for recognition. Departments without a measurable score are
/// listed after the ranked ones as missing data, never ranked as zero.
/// </summary>
public sealed record CompanyRanking(Period Month, IReadOnlyList<RankingEntry> Entries)
{
    /// <summary>The people recognised beside the departments (<see cref="PeopleRecognition"/>); empty when nobody earned anything.</summary>
    public IReadOnlyList<PersonRecognition> People { get; init; } = [];

    public static CompanyRanking Of(Period month, IEnumerable<DepartmentScorecard> scorecards)
    {
        ArgumentNullException.ThrowIfNull(scorecards);
        var ordered = scorecards
            .OrderByDescending(s => s.Score.HasValue)
            .ThenByDescending(s => s.Score)
            .ThenBy(s => s.DepartmentId, StringComparer.Ordinal)
            .ToList();
        var entries = new List<RankingEntry>();
        for (var i = 0; i < ordered.Count; i++)
        {
            var s = ordered[i];
            int? rank = s.Score is null ? null
                : i > 0 && ordered[i - 1].Score == s.Score ? entries[i - 1].Rank
                : i + 1;
            entries.Add(new RankingEntry(s.DepartmentId, rank, s.Score, s.Evaluations.Count(e => e.Status == EvaluationStatus.TargetMet), s.Evaluations.Count));
        }

        return new CompanyRanking(month, entries);
    }
}

/// <summary>A department's place: equal scores share a rank; null rank and score mean no measurable data.</summary>
public sealed record RankingEntry(string DepartmentId, int? Rank, double? Score, int TargetsMet, int Indicators);
