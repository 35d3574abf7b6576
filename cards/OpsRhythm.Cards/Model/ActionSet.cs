namespace OpsRhythm.Cards.Model;

public sealed record ActionSet(IReadOnlyList<CardAction> Actions) : CardElement;
