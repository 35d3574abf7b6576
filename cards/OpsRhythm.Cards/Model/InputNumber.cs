namespace OpsRhythm.Cards.Model;

public sealed record InputNumber : InputElement
{
    public double? Value { get; init; }
    public string? Placeholder { get; init; }
    public double? Min { get; init; }
    public double? Max { get; init; }
}
