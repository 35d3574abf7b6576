namespace OpsRhythm.Domain.Organisation.StandIns;

/// <summary>A change to the stand-ins, as <see cref="StandInAdministration"/> decides it.</summary>
public abstract record StandInCommand(StandInKind Kind, string ForId);

/// <summary>Names <paramref name="DeputyId"/> to act for the principal from one day to another (organisation's days), replacing any stand-in they had.</summary>
public sealed record SetStandIn(StandInKind Kind, string ForId, string DeputyId, DateOnly From, DateOnly Until, DateOnly Today, DateTimeOffset At) : StandInCommand(Kind, ForId);

/// <summary>Ends the principal's stand-in (the head is back early).</summary>
public sealed record RemoveStandIn(StandInKind Kind, string ForId) : StandInCommand(Kind, ForId);
