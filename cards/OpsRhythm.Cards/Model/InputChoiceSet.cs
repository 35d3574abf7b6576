namespace OpsRhythm.Cards.Model;

public sealed record InputChoiceSet(IReadOnlyList<Choice> Choices) : InputElement
{
    public string? Value { get; init; }
    public string? Placeholder { get; init; }
    public bool? IsMultiSelect { get; init; }
    public ChoiceInputStyle? Style { get; init; }
    public bool? Wrap { get; init; } = true;
}

public sealed record Choice(string Title, string Value);
