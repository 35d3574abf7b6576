namespace OpsRhythm.Domain.Meetings;

/// <summary>A half-open interval of time [Start, End).</summary>
public readonly record struct TimeRange(DateTimeOffset Start, DateTimeOffset End)
{
    public bool Overlaps(TimeRange other) => Start < other.End && other.Start < End;
}
