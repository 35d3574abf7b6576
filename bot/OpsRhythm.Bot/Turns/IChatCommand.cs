using OpsRhythm.Domain.Organisation;

namespace OpsRhythm.Bot.Turns;

/// <summary>
/// A chat command such as "monthly plan" / "月度计划". The command parser matches the longest phrase
/// at the start of the message (after the bot's @mention is removed); the rest is the argument text.
/// Every feature registers its commands in DI; help and welcome cards list them by role.
/// </summary>
internal interface IChatCommand
{
    /// <summary>A stable name, used in logs and tests.</summary>
    string Name { get; }

    /// <summary>The text key (in the feature's own resource area) that describes the command on help and welcome cards.</summary>
    string HelpTextKey { get; }

    /// <summary>
    /// The help text for a reader holding <paramref name="roles"/>: only what those roles may do with the
    /// command (a head is not told the ops office's "schedule, move or cancel").
    /// </summary>
    string HelpTextFor(Role? roles) => HelpTextKey;

    /// <summary>Phrases in both languages, e.g. ["monthly plan", "月度计划"].</summary>
    IReadOnlyList<string> Phrases { get; }

    /// <summary>The roles the help card shows it to; the handler still checks authorisation itself.</summary>
    Role ShownTo { get; }

    Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken);
}
