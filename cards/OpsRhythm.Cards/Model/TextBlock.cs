using System.Text.Json.Serialization;

namespace OpsRhythm.Cards.Model;

public sealed record TextBlock([property: JsonConverter(typeof(PlainTextConverter))] string Text) : CardElement
{
    public TextSize? Size { get; init; }
    public TextWeight? Weight { get; init; }
    public TextColor? Color { get; init; }
    public bool? IsSubtle { get; init; }
    public bool? Wrap { get; init; } = true;
    public int? MaxLines { get; init; }
    public string? Style { get; init; }
}
