namespace OpsRhythm.Cards.Model;

public sealed record InputToggle(string Title) : InputElement
{
    public string? Value { get; init; }
    public string? ValueOn { get; init; } = "true";
    public string? ValueOff { get; init; } = "false";
    public bool? Wrap { get; init; } = true;
}
