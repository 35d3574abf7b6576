namespace OpsRhythm.Domain.Meetings;

/// <summary>The requester picks the proposed slot at <paramref name="Index"/> (0-based, as the card numbers its buttons).</summary>
public sealed record PickSlot(int Index);
