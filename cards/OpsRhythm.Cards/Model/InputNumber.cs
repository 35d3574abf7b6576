namespace OpsRhythm.Cards.Model;

public sealed record InputNumber : InputElement
{
    /// <summary>
    /// What the user typed comes back here when a card is redrawn; "1e309" parses to infinity, which
    /// JSON cannot carry, so a value that is not a finite number is shown as no value (the typed text
    /// stays in the placeholder).
    /// </summary>
    public double? Value { get; init => field = value is { } number && double.IsFinite(number) ? number : null; }
    public string? Placeholder { get; init; }
    public double? Min { get; init; }
    public double? Max { get; init; }
}
