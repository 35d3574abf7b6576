namespace OpsRhythm.Cards.Model;

public sealed record SubmitAction(IReadOnlyDictionary<string, string> Data) : CardAction
{
    public string? AssociatedInputs { get; init; }
}
