using System.Diagnostics;

namespace OpsRhythm.Bot.Hosting.Telemetry;

/// <summary>
/// Outgoing HTTP spans (Bot Connector, Graph, token endpoints) keep the host and the shape of the path
/// but not the ids in it: /v3/conversations/{conversation id}/activities becomes
/// /v3/conversations/#3f2a…/activities (<see cref="PersonalData.Hash"/>), so "which conversation is
/// throttled" can still be answered by hashing a known id. The query string is dropped.
/// </summary>
internal static class DependencyUrls
{
    public static void Redact(Activity activity, HttpRequestMessage request)
    {
        if (request.RequestUri is not { IsAbsoluteUri: true } uri)
        {
            return;
        }

        var path = RedactPath(uri.AbsolutePath);
        activity.SetTag("url.full", $"{uri.Scheme}://{uri.Authority}{path}");
        activity.SetTag("url.path", path);
        activity.SetTag("url.query", null);
    }

    /// <summary>A segment is kept when it is a plain word (v3, conversations, users, me, activities), hashed otherwise.</summary>
    public static string RedactPath(string path)
    {
        var segments = path.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            if (segments[i].Length > 0 && !IsWord(segments[i]))
            {
                segments[i] = PersonalData.Hash(Uri.UnescapeDataString(segments[i]));
            }
        }

        return string.Join('/', segments);
    }

    private static bool IsWord(string segment) =>
        segment.Length <= 32 && (segment is ['v', >= '0' and <= '9', ..] || segment.All(c => char.IsAsciiLetter(c) || c is '.' or '-' or '_'));
}
