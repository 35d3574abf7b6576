using System.Text.Json.Serialization;

namespace OpsRhythm.Domain.WeeklyStatus;

/// <summary>How a task stands this week.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TaskHealth>))]
public enum TaskHealth
{
    OnTrack,
    AtRisk,
    Blocked,
    Done,
}
