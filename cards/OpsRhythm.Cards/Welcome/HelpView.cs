using OpsRhythm.Domain.Organisation;

namespace OpsRhythm.Cards.Welcome;

/// <summary>What the help card shows: the reader's roles (null when they are not in the organisation) and their commands.</summary>
public sealed record HelpView(Role? Roles, IReadOnlyList<CommandHelp> Commands);
