using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Resources;
using OpsRhythm.Cards.Common;

namespace OpsRhythm.Cards.Localization;

/// <summary>
/// Texts in the reader's language. Keys are "Area.Name": the area names the resource file under
/// cards/OpsRhythm.Cards/Texts/ (Area.resx is zh-CN, the company's language and the default;
/// Area.en.resx is en-US). A missing key throws, so the card catalog tests catch it in both languages.
/// </summary>
public sealed class Localizer
{
    public static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    private static readonly ConcurrentDictionary<string, ResourceManager> Areas = new(StringComparer.Ordinal);
    private static readonly Assembly TextsAssembly = typeof(Localizer).Assembly;

    private Localizer(CultureInfo culture) => Culture = culture;

    public static Localizer ZhCn { get; } = new(Chinese);

    public static Localizer EnUs { get; } = new(English);

    public CultureInfo Culture { get; }

    public bool IsEnglish => Culture.TwoLetterISOLanguageName == "en";

    /// <summary>The language for a Teams locale: English for any "en-*", otherwise Chinese (the default).</summary>
    public static Localizer For(string? locale) =>
        locale is not null && locale.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? EnUs : ZhCn;

    public string this[string key] => Get(key);

    public string Get(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        var dot = key.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || dot == key.Length - 1)
        {
            throw new MissingTextException(key, Culture);
        }

        var area = Areas.GetOrAdd(key[..dot], static name => new ResourceManager($"OpsRhythm.Cards.Texts.{name}", TextsAssembly));
        try
        {
            return area.GetString(key[(dot + 1)..], Culture) ?? throw new MissingTextException(key, Culture);
        }
        catch (MissingManifestResourceException e)
        {
            throw new MissingTextException(key, Culture, e);
        }
    }

    /// <summary>
    /// A text with {0}-style arguments, numbers formatted for the reader's culture and dates
    /// (<see cref="DateOnly"/>, e.g. a field error's bounds) in the style guide's format.
    /// </summary>
    public string Format(string key, params object?[] arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var shown = arguments.Select(a => a is DateOnly date ? DisplayTime.Date(date, this) : a).ToArray();
        return string.Format(Culture, Get(key), shown);
    }
}
