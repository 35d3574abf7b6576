using System.Text;

namespace OpsRhythm.Bot.Turns;

/// <summary>
/// What the bot quotes back of a message it did not understand: letters, digits and single spaces only, at most
/// <see cref="MaxLength"/> characters. The reply appears under the bot's name, so anything Teams would render
/// (markdown, a link such as <c>[请点击重新登录](https://evil.example/login)</c>, a bare URL, HTML) must not
/// survive the quote (issue 13).
/// </summary>
internal static class EchoedText
{
    public const int MaxLength = 24;

    public static string Of(string text)
    {
        var plain = new StringBuilder(Math.Min(text.Length, MaxLength + 1));
        foreach (var rune in text.EnumerateRunes())
        {
            if (plain.Length >= MaxLength)
            {
                return plain.ToString().TrimEnd() + "…";
            }

            if (Rune.IsLetterOrDigit(rune))
            {
                plain.Append(rune.ToString());
            }
            else if (plain.Length > 0 && plain[^1] != ' ')
            {
                // Punctuation, symbols and line breaks become a space, so "evil.example" is no address any more.
                plain.Append(' ');
            }
        }

        return plain.ToString().TrimEnd();
    }
}
