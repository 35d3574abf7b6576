using System.Net;
using System.Text.Json;

namespace OpsRhythm.Protocol.Connector;

/// <summary>
/// The error a Bot Connector answered. Bodies vary: <c>{"error":{"code","message"}}</c>, sometimes with a
/// <c>subCode</c> at either level; all codes found are kept.
/// </summary>
internal sealed record ConnectorError(HttpStatusCode StatusCode, IReadOnlyList<string> Codes, string? Message)
{
    private const int MaxBodyChars = 16 * 1024;

    /// <summary>
    /// 403 codes meaning the bot can no longer write to the conversation: blocked or uninstalled by the user
    /// (MessageWritesBlocked, ConversationBlockedByUser) or removed from the team or chat (BotNotInConversationRoster).
    /// </summary>
    private static readonly string[] BlockedCodes = ["MessageWritesBlocked", "ConversationBlockedByUser", "BotNotInConversationRoster"];

    public string? Code => Codes.Count > 0 ? Codes[^1] : null;

    public bool IsBlocked => StatusCode == HttpStatusCode.Forbidden
        && Codes.Any(c => BlockedCodes.Contains(c, StringComparer.OrdinalIgnoreCase));

    public static async Task<ConnectorError> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (body.Length > MaxBodyChars)
        {
            body = body[..MaxBodyChars];
        }

        var codes = new List<string>();
        string? message = null;
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                message = Collect(document.RootElement, codes);
                if (document.RootElement.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object)
                {
                    message = Collect(error, codes) ?? message;
                }
            }
        }
        catch (JsonException)
        {
            message = body.Length > 200 ? body[..200] : body;
        }

        return new ConnectorError(response.StatusCode, codes, message);
    }

    private static string? Collect(JsonElement element, List<string> codes)
    {
        foreach (var name in new[] { "code", "subCode" })
        {
            if (element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } code)
            {
                codes.Add(code);
            }
        }

        return element.TryGetProperty("message", out var text) && text.ValueKind == JsonValueKind.String ? text.GetString() : null;
    }
}
