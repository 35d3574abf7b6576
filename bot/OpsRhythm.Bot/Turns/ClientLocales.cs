using System.Collections.Concurrent;

namespace OpsRhythm.Bot.Turns;

/// <summary>
/// The language each Teams user last typed in. Card-action invokes do not reliably say the client's
/// language (the Agents Playground always sends en-US on them), so a click is answered in the
/// language of the user's last message. Per instance and in memory: it only fills a gap, a person's
/// stored locale always wins.
/// </summary>
public sealed class ClientLocales
{
    private readonly ConcurrentDictionary<string, string> _byTeamsUser = new(StringComparer.Ordinal);

    public void Remember(string teamsUserId, string locale) => _byTeamsUser[teamsUserId] = locale;

    public string? LastOf(string teamsUserId) => _byTeamsUser.GetValueOrDefault(teamsUserId);
}
