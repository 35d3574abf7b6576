using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;

namespace OpsRhythm.Cards.Welcome;

/// <summary>Commands as a fact set: the phrase to type in the reader's language, then what it does.</summary>
internal static class CommandHelpList
{
    public static FactSet Build(IEnumerable<CommandHelp> commands, Localizer text) =>
        new([.. commands.Select(c => new Fact(PhraseFor(c.Phrases, text), text[c.HelpTextKey]))]);

    /// <summary>The first phrase written in the reader's script (Chinese or Latin), else the first phrase.</summary>
    internal static string PhraseFor(IReadOnlyList<string> phrases, Localizer text)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        var wanted = phrases.FirstOrDefault(p => HasChinese(p) != text.IsEnglish);
        return wanted ?? (phrases.Count > 0 ? phrases[0] : string.Empty);
    }

    private static bool HasChinese(string phrase) => phrase.Any(c => c is >= '\u2e80' and <= '\u9fff');
}
