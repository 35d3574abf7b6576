using System.Collections.Frozen;
using OpenTelemetry;
using OpenTelemetry.Logs;

namespace OpsRhythm.Bot.Hosting.Telemetry;

/// <summary>
/// Runs before the log exporters: a log's string values pass only under the names listed here (the
/// bot's own words: verbs, jobs, containers, statuses, error texts), any other string value (a
/// person, conversation or message id, a URI, a name) is exported as its <see cref="PersonalData.Hash"/>.
/// Numbers, times and enums pass. The message exported is the template, never the formatted text.
/// </summary>
internal sealed class LogAttributeRedactor : BaseProcessor<LogRecord>
{
    private static readonly FrozenSet<string> Kept = FrozenSet.Create(StringComparer.Ordinal,
        "{OriginalFormat}", "Operation", "Occurrence", "Reason", "Method", "Job", "Status", "StatusCode", "Result",
        "Fallback", "ErrorCode", "Error", "Detail", "Container", "Command", "Zone", "Revision", "Resend",
        "ActivityType", "DepartmentId", "CycleId", "KeyId", "Delay");

    public override void OnEnd(LogRecord data)
    {
        data.FormattedMessage = null;
        if (data.Attributes is not { Count: > 0 } attributes)
        {
            return;
        }

        var redacted = new List<KeyValuePair<string, object?>>(attributes.Count);
        foreach (var (key, value) in attributes)
        {
            redacted.Add(new KeyValuePair<string, object?>(key, Redact(key, value)));
        }

        data.Attributes = redacted;
    }

    internal static object? Redact(string key, object? value) => value switch
    {
        null => null,
        string text when Kept.Contains(key) => text,
        string text => PersonalData.Hash(text),
        int or long or double or float or decimal or bool or TimeSpan or DateTimeOffset or DateTime or Enum => value,
        _ when Kept.Contains(key) => value,
        _ => PersonalData.Hash(value.ToString() ?? string.Empty),
    };
}
