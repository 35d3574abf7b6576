namespace OpsRhythm.Cards.Model;

public sealed record ShowCardAction(AdaptiveCard Card) : CardAction;
