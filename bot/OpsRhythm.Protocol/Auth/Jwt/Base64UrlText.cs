using System.Buffers.Text;

namespace OpsRhythm.Protocol.Auth.Jwt;

/// <summary>
/// Strict base64url (RFC 7515 §2): only the URL-safe alphabet, no padding, no white space, and a length
/// that some whole number of bytes can have. The runtime's decoder is lenient about padding and white space,
/// hence the check before it.
/// </summary>
internal static class Base64UrlText
{
    /// <summary>The decoded bytes, or null when <paramref name="text"/> is not strict base64url.</summary>
    public static byte[]? TryDecode(ReadOnlySpan<char> text)
    {
        if (text.Length % 4 == 1)
        {
            return null;
        }

        foreach (var c in text)
        {
            if (!IsAlphabet(c))
            {
                return null;
            }
        }

        try
        {
            return Base64Url.DecodeFromChars(text);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static bool IsAlphabet(char c) =>
        c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '_';
}
