namespace OpsRhythm.Bot.Hosting.Telemetry;

/// <summary>
/// What the telemetry may say about one turn, filled in as the router learns it: the kind of activity,
/// the card verb or chat command (names the bot defines, never the user's text) and the outcome.
/// </summary>
internal sealed class TurnTrace(string kind)
{
    public const string Ok = "ok";
    public const string Failed = "failed";

    public string Kind { get; } = kind;

    /// <summary>The card action's verb or the chat command's name; null for other kinds or unknown text.</summary>
    public string? Verb { get; set; }

    /// <summary>ok, card, message, error (a refusal shown to the user), notUnderstood, badRequest, storeBusy, notImplemented, failed.</summary>
    public string Outcome { get; set; } = Ok;
}
