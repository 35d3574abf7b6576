using System.Security.Cryptography;
using System.Text;

namespace OpsRhythm.Bot.Delivery;

/// <summary>
/// How far a fan-out has been expanded: a small document beside it, advanced under its ETag in the same
/// batch as the messages it expands, so a crash between batches repeats nothing and loses nothing, and
/// two instances expanding at once cannot both commit the same step. The (large) fan-out itself is never rewritten.
/// </summary>
internal sealed record OutboxFanOutCursor(string FanOutId, int Expanded)
{
    /// <summary>A fixed-length id (the fan-out's id may already be near the 255-character limit).</summary>
    public static string IdFor(string fanOutId) =>
        "fanout-cursor:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(fanOutId)))[..40];
}
