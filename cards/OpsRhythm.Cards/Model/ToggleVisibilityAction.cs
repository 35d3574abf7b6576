namespace OpsRhythm.Cards.Model;

public sealed record ToggleVisibilityAction(IReadOnlyList<string> TargetElements) : CardAction;
