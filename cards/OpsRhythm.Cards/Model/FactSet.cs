using System.Text.Json.Serialization;

namespace OpsRhythm.Cards.Model;

public sealed record FactSet(IReadOnlyList<Fact> Facts) : CardElement;

public sealed record Fact(
    [property: JsonConverter(typeof(PlainTextConverter))] string Title,
    [property: JsonConverter(typeof(PlainTextConverter))] string Value);
