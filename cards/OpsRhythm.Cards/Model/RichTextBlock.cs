namespace OpsRhythm.Cards.Model;

public sealed record RichTextBlock(IReadOnlyList<TextRun> Inlines) : CardElement;

/// <summary>A run inside a RichTextBlock; "type" is always TextRun.</summary>
public sealed record TextRun(string Text)
{
    public string Type { get; } = "TextRun";
    public TextWeight? Weight { get; init; }
    public TextColor? Color { get; init; }
    public bool? IsSubtle { get; init; }
    public bool? Italic { get; init; }
    public bool? Strikethrough { get; init; }
    public bool? Highlight { get; init; }
}
