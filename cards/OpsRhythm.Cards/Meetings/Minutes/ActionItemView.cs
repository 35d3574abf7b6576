using OpsRhythm.Domain.Indicators;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Cards.Meetings.Minutes;

/// <summary>How an action item's card is drawn for its reader: what they may do, and what to say.</summary>
public sealed record ActionItemView
{
    /// <summary>The owner or the operations office: the close form.</summary>
    public bool MayClose { get; init; }

    /// <summary>The operations office: reassign and reschedule.</summary>
    public bool MayManage { get; init; }

    public FollowUp FollowUp { get; init; } = FollowUp.Nothing;

    public string? Notice { get; init; }

    public Rejection? Rejection { get; init; }

    /// <summary>Teams user ids the card is redrawn for (Universal Actions refresh); empty for a personal card.</summary>
    public IReadOnlyList<string> RefreshFor { get; init; } = [];
}
