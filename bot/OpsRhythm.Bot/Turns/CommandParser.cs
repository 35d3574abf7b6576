using System.Text;

namespace OpsRhythm.Bot.Turns;

/// <summary>
/// Finds the command a message starts with: the longest phrase that prefixes the text, compared
/// case-insensitively after NFKC normalisation (so full-width letters, "？" and the ideographic space
/// typed with a Chinese IME count as their ASCII forms). A Latin phrase must end at a word boundary
/// ("help" does not match "helpful"); Chinese phrases need none, since Chinese has no spaces.
/// </summary>
internal sealed class CommandParser
{
    private readonly IReadOnlyList<(string Phrase, IChatCommand Command)> _phrases;

    public CommandParser(IEnumerable<IChatCommand> commands)
    {
        _phrases = commands
            .SelectMany(c => c.Phrases.Select(p => (Phrase: Normalize(p), Command: c)))
            .Where(p => p.Phrase.Length > 0)
            .OrderByDescending(p => p.Phrase.Length)
            .ToList();
    }

    public CommandMatch? Parse(string? text)
    {
        var normalized = Normalize(text ?? string.Empty);
        foreach (var (phrase, command) in _phrases)
        {
            if (normalized.StartsWith(phrase, StringComparison.OrdinalIgnoreCase) && EndsAtBoundary(normalized, phrase))
            {
                return new CommandMatch(command, phrase, normalized[phrase.Length..].Trim());
            }
        }

        return null;
    }

    /// <summary>NFKC, every run of white space as one space, trimmed.</summary>
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static bool EndsAtBoundary(string text, string phrase) =>
        text.Length == phrase.Length
        || !char.IsAsciiLetterOrDigit(phrase[^1])
        || !char.IsAsciiLetterOrDigit(text[phrase.Length]);
}
