using System.Globalization;

namespace OpsRhythm.Cards.Localization;

/// <summary>A text key that has no resource; always a bug, caught by the card catalog tests.</summary>
public sealed class MissingTextException : Exception
{
    public MissingTextException()
    {
    }

    public MissingTextException(string message)
        : base(message)
    {
    }

    public MissingTextException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public MissingTextException(string key, CultureInfo culture, Exception? innerException = null)
        : base($"No text '{key}' for {culture.Name}.", innerException)
    {
        Key = key;
    }

    public string? Key { get; }
}
