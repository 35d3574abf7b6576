namespace OpsRhythm.Cards.Model;

/// <summary>A date input; values are ISO dates (yyyy-MM-dd).</summary>
public sealed record InputDate : InputElement
{
    public string? Value { get; init; }
    public string? Min { get; init; }
    public string? Max { get; init; }
    public string? Placeholder { get; init; }
}
