using System.Collections;
using System.Collections.Frozen;
using System.Globalization;
using System.Resources;
using OpsRhythm.Cards.Localization;

namespace OpsRhythm.Bot.Dashboard;

/// <summary>
/// Every text of the Dashboard area (cards/OpsRhythm.Cards/Texts/Dashboard*.resx) in one language, sent
/// to the tab so the resx files stay the one source of its texts.
/// </summary>
internal static class DashboardTexts
{
    private const string Area = "Dashboard";

    private static readonly Lazy<IReadOnlyList<string>> Keys = new(ReadKeys);

    public static IReadOnlyDictionary<string, string> For(Localizer text)
    {
        return Keys.Value.ToFrozenDictionary(k => k, k => text[$"{Area}.{k}"], StringComparer.Ordinal);
    }

    private static List<string> ReadKeys()
    {
        var manager = new ResourceManager($"OpsRhythm.Cards.Texts.{Area}", typeof(Localizer).Assembly);
        using var neutral = manager.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)
            ?? throw new MissingManifestResourceException($"No {Area} texts.");
        return [.. neutral.Cast<DictionaryEntry>().Select(e => (string)e.Key).Order(StringComparer.Ordinal)];
    }
}
