using System.Collections.Concurrent;

namespace OpsRhythm.Bot.Turns.ActingAs;

/// <summary>
/// Who each real Teams user acts as in a local run. Kept in memory on purpose: a restart returns
/// everyone to themselves, and nothing of it can reach a store shared with a real deployment.
/// </summary>
internal sealed class ActAsSessions
{
    private readonly ConcurrentDictionary<string, string> _personIdByTeamsUser = new(StringComparer.Ordinal);

    public string? ActingAs(string teamsUserId) => _personIdByTeamsUser.GetValueOrDefault(teamsUserId);

    public void Start(string teamsUserId, string personId) => _personIdByTeamsUser[teamsUserId] = personId;

    /// <summary>False when the user was not acting as anyone.</summary>
    public bool Stop(string teamsUserId) => _personIdByTeamsUser.TryRemove(teamsUserId, out _);
}
