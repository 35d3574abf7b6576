using System.Reflection;
using OpsRhythm.Cards.Localization;

namespace OpsRhythm.UnitTests.CardCatalog;

/// <summary>
/// Every card the product sends, found by reflection: each <see cref="ICardSamples"/> in this assembly
/// (a class with a parameterless constructor) lists its feature's cards.
/// </summary>
public static class CardCatalog
{
    public static IReadOnlyList<Localizer> Languages { get; } = [Localizer.ZhCn, Localizer.EnUs];

    public static IReadOnlyList<ICardSamples> Sources { get; } = Discover(typeof(ICardSamples).Assembly);

    public static IReadOnlyList<CardSample> Samples(Localizer text) =>
        [.. Sources.SelectMany(source => source.Samples(text))];

    public static IReadOnlyList<ICardSamples> Discover(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        return
        [
            .. assembly.GetTypes()
                .Where(type => typeof(ICardSamples).IsAssignableFrom(type) && type is { IsAbstract: false, IsInterface: false })
                .OrderBy(type => type.FullName, StringComparer.Ordinal)
                .Select(type => (ICardSamples)Activator.CreateInstance(type)!),
        ];
    }

    /// <summary>"planning/draft-many-rows" in en-US → "planning.draft-many-rows.en-US.json".</summary>
    public static string FileName(string sampleName, Localizer text)
    {
        ArgumentNullException.ThrowIfNull(sampleName);
        ArgumentNullException.ThrowIfNull(text);
        return $"{sampleName.Replace('/', '.')}.{text.Culture.Name}.json";
    }
}
