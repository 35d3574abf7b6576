using System.Text.Json.Serialization;

namespace OpsRhythm.Domain.WeeklyStatus;

/// <summary>Why an item is on the weekly meeting's agenda, in the order the meeting takes them.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AgendaItemKind>))]
public enum AgendaItemKind
{
    Blocker,
    HelpRequest,
    Overdue,
    RecurringProblem,
}
