using System.Buffers;
using System.Text.Json;
using OpsRhythm.Protocol.Activities;

namespace OpsRhythm.Bot.Messaging;

/// <summary>
/// Reads the request body as an activity within a byte limit: an oversized body is refused before it
/// is buffered whole (413), malformed JSON or an activity the bot cannot answer is refused (400).
/// </summary>
internal static class ActivityReader
{
    public static async Task<ActivityReadResult> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return ActivityReadResult.TooLarge;
        }

        var buffer = new ArrayBufferWriter<byte>(Math.Min(maxBytes, 16 * 1024));
        var chunk = new byte[8 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.WrittenCount + read > maxBytes)
            {
                return ActivityReadResult.TooLarge;
            }

            buffer.Write(chunk.AsSpan(0, read));
        }

        return Parse(buffer.WrittenMemory);
    }

    internal static ActivityReadResult Parse(ReadOnlyMemory<byte> body)
    {
        try
        {
            using var document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = ProtocolJson.Options.MaxDepth });
            var root = document.RootElement;
            // Activity.Type defaults to "message", so its presence is checked on the raw JSON.
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("type", out var type)
                || type.ValueKind != JsonValueKind.String
                || string.IsNullOrWhiteSpace(type.GetString()))
            {
                return ActivityReadResult.Malformed;
            }

            var activity = root.Deserialize<Activity>(ProtocolJson.Options);
            return activity is not null && IsAnswerable(activity) ? new ActivityReadResult(activity, StatusCodes.Status200OK) : ActivityReadResult.Malformed;
        }
        // Invalid UTF-8 inside a string surfaces as InvalidOperationException when the string is read.
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            return ActivityReadResult.Malformed;
        }
    }

    /// <summary>Without a conversation, a sender and an absolute service URL there is nobody and nowhere to answer.</summary>
    private static bool IsAnswerable(Activity activity) =>
        activity.Conversation is { Id.Length: > 0 }
        && activity.From is { Id.Length: > 0 }
        && Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl)
        && (serviceUrl.Scheme == Uri.UriSchemeHttps || serviceUrl.Scheme == Uri.UriSchemeHttp);
}

internal sealed record ActivityReadResult(Activity? Activity, int StatusCode)
{
    public static ActivityReadResult TooLarge { get; } = new(null, StatusCodes.Status413PayloadTooLarge);

    public static ActivityReadResult Malformed { get; } = new(null, StatusCodes.Status400BadRequest);
}
