using OpsRhythm.Domain.Organisation;

namespace OpsRhythm.Cards.Welcome;

/// <summary>
/// What the welcome card shows: the person greeted (null in a channel or group chat, or for someone
/// outside the organisation), the commands open to them, and whether this is a local run.
/// </summary>
public sealed record WelcomeView(Person? Person, IReadOnlyList<CommandHelp> Commands, bool IsLocalRun)
{
    /// <summary>True for a team channel or group chat: the card speaks to everyone there.</summary>
    public bool IsShared { get; init; }

    /// <summary>For someone outside the organisation: that they are not in it yet, with the name and ids to give the administrator.</summary>
    public string? NotInOrganisation { get; init; }
}
