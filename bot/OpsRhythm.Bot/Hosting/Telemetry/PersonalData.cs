using System.Security.Cryptography;
using System.Text;

namespace OpsRhythm.Bot.Hosting.Telemetry;

/// <summary>
/// The one rule for identifiers that leave the process in telemetry: an id is replaced by
/// "#" and the first 12 hex digits of its SHA-256, so an operator can still follow one conversation
/// or message across logs and dependencies (hash the id they know the same way) without telemetry
/// ever holding the id itself. Names and texts never get this far.
/// </summary>
internal static class PersonalData
{
    public static string Hash(string value)
    {
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(value), digest);
        return "#" + Convert.ToHexStringLower(digest[..6]);
    }
}
