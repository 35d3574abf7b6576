using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpsRhythm.Cards.Model;

/// <summary>
/// Texts on cards carry what people typed (task titles, comments, proposals), and Teams renders a
/// TextBlock's or a fact's text as markdown: "[prize](https://…)" would become a live link and
/// "![x](https://…)" a remote image in someone else's card. Escaping the brackets (CommonMark
/// backslash escapes, shown as the bare characters) keeps every such text literal. The product's own
/// texts use no link syntax, so nothing it means to format is lost; emphasis and lists stay as typed.
/// </summary>
public sealed class PlainTextConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetString()?.Replace("\\[", "[", StringComparison.Ordinal).Replace("\\]", "]", StringComparison.Ordinal);

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(Escape(value));
    }

    public static string Escape(string text) =>
        text.Replace("[", "\\[", StringComparison.Ordinal).Replace("]", "\\]", StringComparison.Ordinal);
}
