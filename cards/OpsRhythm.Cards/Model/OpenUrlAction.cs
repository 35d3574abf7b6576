namespace OpsRhythm.Cards.Model;

public sealed record OpenUrlAction(string Url) : CardAction;
