namespace OpsRhythm.Domain.Organisation.StandIns;

/// <summary>
/// One stand-in: <see cref="DeputyId"/> acts for <see cref="ForId"/> (a department id for
/// <see cref="StandInKind.Department"/>, an approver's person id for <see cref="StandInKind.Approval"/>)
/// from <see cref="From"/> to <see cref="Until"/>, both included, as days of the organisation's zone.
/// </summary>
public sealed record StandIn(StandInKind Kind, string ForId, string DeputyId, DateOnly From, DateOnly Until)
{
    /// <summary>Who named the stand-in, and when: shown on the stand-in card.</summary>
    public string? SetBy { get; init; }

    public DateTimeOffset? SetAt { get; init; }

    public bool ActiveOn(DateOnly day) => From <= day && day <= Until;

    /// <summary>The key a card names the stand-in by: one stand-in per kind and principal.</summary>
    public string Key => KeyOf(Kind, ForId);

    public static string KeyOf(StandInKind kind, string forId) => (kind == StandInKind.Department ? "dept:" : "approver:") + forId;
}
