namespace OpsRhythm.Cards.Model;

public sealed record InputText : InputElement
{
    public string? Value { get; init; }
    public string? Placeholder { get; init; }
    public bool? IsMultiline { get; init; }
    public int? MaxLength { get; init; }
    public string? Regex { get; init; }
    public TextInputStyle? Style { get; init; }
}
