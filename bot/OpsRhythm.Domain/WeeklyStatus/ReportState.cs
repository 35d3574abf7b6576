using System.Text.Json.Serialization;

namespace OpsRhythm.Domain.WeeklyStatus;

[JsonConverter(typeof(JsonStringEnumConverter<ReportState>))]
public enum ReportState
{
    /// <summary>Asked for, not answered yet.</summary>
    Requested,
    Submitted,
    Skipped,
}
