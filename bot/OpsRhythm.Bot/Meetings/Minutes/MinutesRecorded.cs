using OpsRhythm.Domain.Workflow;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Meetings.Minutes;

/// <summary>What recording an action item or a decision did: the stored document, or why not (field errors keyed by <c>ActionItemFields</c>).</summary>
internal sealed record MinutesRecorded<T>(StoredDocument<T>? Stored, Rejection? Rejection)
{
    /// <summary>True when the same request key had already recorded it (a retried submit): nothing new was written.</summary>
    public bool Repeated { get; init; }
}
