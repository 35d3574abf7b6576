using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Bot.Turns.Pipeline;

/// <summary>What a card shows above its content when the pipeline answers with it: a notice (done, out of date) or a rejection with its field errors.</summary>
internal sealed record CardNote(string? Notice, Rejection? Rejection)
{
    public static CardNote None { get; } = new(null, null);

    /// <summary>A failure outside the store in plain words (a calendar that refused); nothing was changed.</summary>
    public string? Error { get; init; }

    public static CardNote Said(string? notice) => new(notice, null);

    public static CardNote Refused(Rejection rejection) => new(null, rejection);

    public static CardNote Failed(string error) => new(null, null) { Error = error };
}
