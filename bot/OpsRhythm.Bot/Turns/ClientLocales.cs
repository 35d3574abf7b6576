using System.Collections.Concurrent;

namespace OpsRhythm.Bot.Turns;

/// <summary>
/// The language each Teams user last typed in. Events do not reliably say the client's language (the
/// Agents Playground sends en-US on everything, some Teams clients on install and welcome events), so
/// clicks and events are answered in the language of the user's last message. Per instance and in
/// memory: it wins over the person's recorded locale (it is newer) and the organisation's default.
/// </summary>
public sealed class ClientLocales
{
    private readonly ConcurrentDictionary<string, string> _byTeamsUser = new(StringComparer.Ordinal);

    public void Remember(string teamsUserId, string locale) => _byTeamsUser[teamsUserId] = locale;

    public string? LastOf(string teamsUserId) => _byTeamsUser.GetValueOrDefault(teamsUserId);
}
