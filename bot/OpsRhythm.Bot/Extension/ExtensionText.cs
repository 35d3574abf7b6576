using System.Net;
using System.Text.RegularExpressions;

namespace OpsRhythm.Bot.Extension;

/// <summary>Texts taken from a Teams message (HTML) or an item (long) for a dialog field or a result's title.</summary>
internal static partial class ExtensionText
{
    public const int HeadlineLength = 80;

    /// <summary>
    /// The message's words without its markup: line breaks kept where the HTML broke lines, tags and
    /// attachments (a card, an image) dropped, entities decoded, then cut to <paramref name="limit"/>
    /// characters, the field's server-side limit, so the prefilled form is never refused for its length.
    /// </summary>
    public static string FromMessage(string? content, string? contentType, int limit)
    {
        if (string.IsNullOrWhiteSpace(content))
        {
            return string.Empty;
        }

        var text = content;
        if (!string.Equals(contentType, "text", StringComparison.OrdinalIgnoreCase))
        {
            text = LineBreaks().Replace(text, "\n");
            text = Hidden().Replace(text, string.Empty);
            text = Tags().Replace(text, string.Empty);
            text = WebUtility.HtmlDecode(text);
        }

        text = string.Join('\n', text.Split('\n').Select(l => Spaces().Replace(l, " ").Trim()).Where(l => l.Length > 0));
        return Cut(text, limit);
    }

    /// <summary>The first line, at most <see cref="HeadlineLength"/> characters.</summary>
    public static string Headline(string text)
    {
        var line = text.Split('\n', 2)[0].Trim();
        return Cut(line, HeadlineLength);
    }

    private static string Cut(string text, int limit) =>
        text.Length <= limit ? text : string.Concat(text.AsSpan(0, char.IsHighSurrogate(text[limit - 2]) ? limit - 2 : limit - 1), "…");

    [GeneratedRegex(@"<\s*(br|/p|/div|/li|/h[1-6]|/tr)\b[^>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex LineBreaks();

    [GeneratedRegex(@"<\s*(script|style|attachment)\b[^>]*>.*?<\s*/\s*\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Hidden();

    [GeneratedRegex(@"<[^>]*>", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Tags();

    [GeneratedRegex(@"[ \t\r\f\v\u00a0]+", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Spaces();
}
