namespace OpsRhythm.Cards.Model;

/// <summary>
/// An input. Its <see cref="CardElement.Id"/> is the key its value arrives under in the action data.
/// Server-side validation errors are drawn beside it by <c>CardForm</c>, since Adaptive Cards only
/// shows <see cref="ErrorMessage"/> for failed client-side checks.
/// </summary>
public abstract record InputElement : CardElement
{
    public string? Label { get; init; }
    public bool? IsRequired { get; init; }
    public string? ErrorMessage { get; init; }
}
