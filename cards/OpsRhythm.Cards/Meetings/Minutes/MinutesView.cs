using OpsRhythm.Domain.Meetings.Minutes;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Cards.Meetings.Minutes;

/// <summary>An occurrence's minutes as one reader sees them: decisions, action items, and the recording form for the operations office.</summary>
public sealed record MinutesView(MeetingOccurrenceRef Occurrence, string Subject)
{
    public IReadOnlyList<MeetingDecision> Decisions { get; init; } = [];

    public IReadOnlyList<ActionItem> Items { get; init; } = [];

    /// <summary>The meeting has ended: the card is the minutes as sent, without the form.</summary>
    public bool Ended { get; init; }

    /// <summary>The operations office: the form to record decisions and action items.</summary>
    public bool MayRecord { get; init; }

    /// <summary>Attendees' person ids, offered first as owners.</summary>
    public IReadOnlyList<string> AttendeePersonIds { get; init; } = [];

    public string? Notice { get; init; }

    public Rejection? Rejection { get; init; }

    /// <summary>What was typed, kept when the form comes back with errors.</summary>
    public IReadOnlyDictionary<string, string>? Typed { get; init; }

    /// <summary>Teams user ids the card is redrawn for (Universal Actions refresh): the operations office, who get the form.</summary>
    public IReadOnlyList<string> RefreshFor { get; init; } = [];

    /// <summary>The organisation's today, the earliest deadline the form offers.</summary>
    public DateOnly Today { get; init; }
}
