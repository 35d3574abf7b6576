namespace OpsRhythm.Cards.Model;

/// <summary>A time input; values are HH:mm.</summary>
public sealed record InputTime : InputElement
{
    public string? Value { get; init; }
    public string? Min { get; init; }
    public string? Max { get; init; }
    public string? Placeholder { get; init; }
}
