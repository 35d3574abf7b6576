using OpsRhythm.Cards.Welcome;
using OpsRhythm.Domain.Organisation;

namespace OpsRhythm.Bot.Turns;

/// <summary>
/// The commands a reader is shown on help and welcome cards. Commands are resolved when asked for,
/// not injected, because the help command is itself one of them.
/// </summary>
internal sealed class CommandCatalog(IServiceProvider services)
{
    /// <summary>Commands shown to any of <paramref name="roles"/>; null roles (not in the organisation) see only those for everyone.</summary>
    public IReadOnlyList<CommandHelp> For(Role? roles) =>
        [.. services.GetServices<IChatCommand>()
            .Where(c => IsShown(c.ShownTo, roles))
            .Select(c => new CommandHelp(c.Phrases, c.HelpTextFor(roles)))];

    internal static bool IsShown(Role shownTo, Role? roles) =>
        shownTo == RoleSets.Everyone || (roles is { } held && (shownTo & held) != Role.None);
}
