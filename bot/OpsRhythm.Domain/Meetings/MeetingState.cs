using System.Text.Json.Serialization;

namespace OpsRhythm.Domain.Meetings;

/// <summary>Where a meeting stands. Stored as text so a background query can filter on it in every store.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<MeetingState>))]
public enum MeetingState
{
    /// <summary>A coordination request with slots on offer, waiting for the requester to pick one.</summary>
    Proposed,

    Scheduled,

    Cancelled,
}
