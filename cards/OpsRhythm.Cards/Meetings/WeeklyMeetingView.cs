using OpsRhythm.Domain.Meetings;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Cards.Meetings;

/// <summary>What the weekly meeting card is drawn from: the stored meeting (null before the first), its version, and who looks.</summary>
public sealed record WeeklyMeetingView(WeeklyMeeting? Meeting, string? Version, bool CanManage)
{
    public string? Notice { get; init; }

    /// <summary>A calendar failure in plain words; nothing was changed.</summary>
    public string? Error { get; init; }

    public Rejection? Rejection { get; init; }

    /// <summary>What the user typed, redrawn with the field errors so nothing is lost.</summary>
    public IReadOnlyDictionary<string, string>? Typed { get; init; }
}
