using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Globalization;
using System.Resources;
using OpsRhythm.Cards.Localization;

namespace OpsRhythm.Bot.Dashboard;

/// <summary>
/// Every text of the Dashboard area (cards/OpsRhythm.Cards/Texts/Dashboard*.resx) in one language, sent
/// to the tab so the resx files stay the one source of its texts. The meeting side panel reads its own
/// area (MeetingPanel) the same way.
/// </summary>
internal static class DashboardTexts
{
    private const string Area = "Dashboard";

    private static readonly ConcurrentDictionary<string, IReadOnlyList<string>> Keys = new(StringComparer.Ordinal);

    public static IReadOnlyDictionary<string, string> For(Localizer text, string area = Area)
    {
        return Keys.GetOrAdd(area, ReadKeys).ToFrozenDictionary(k => k, k => text[$"{area}.{k}"], StringComparer.Ordinal);
    }

    private static List<string> ReadKeys(string area)
    {
        var manager = new ResourceManager($"OpsRhythm.Cards.Texts.{area}", typeof(Localizer).Assembly);
        using var neutral = manager.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)
            ?? throw new MissingManifestResourceException($"No {area} texts.");
        return [.. neutral.Cast<DictionaryEntry>().Select(e => (string)e.Key).Order(StringComparer.Ordinal)];
    }
}
