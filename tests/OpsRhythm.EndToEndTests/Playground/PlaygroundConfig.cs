using System.Text.Json.Nodes;

namespace OpsRhythm.EndToEndTests.Playground;

/// <summary>Ids the Playground runs with (GET /_internal/v1/config): its people, personal chat, group chat, team, channels.</summary>
public sealed record PlaygroundConfig(
    PlaygroundUser CurrentUser,
    IReadOnlyList<PlaygroundUser> Users,
    string PersonalChatId,
    string GroupChatId,
    string TeamId,
    IReadOnlyList<string> ChannelIds)
{
    /// <summary>The current user and the five others.</summary>
    public IEnumerable<PlaygroundUser> Everybody => Users.Prepend(CurrentUser);

    public PlaygroundUser User(string id) =>
        Everybody.FirstOrDefault(u => u.Id == id) ?? throw new ArgumentException($"No Playground user {id}.", nameof(id));

    public static PlaygroundConfig Parse(JsonNode response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var config = response["config"]!;
        var team = config["teams"]![0]!;
        return new PlaygroundConfig(
            PlaygroundUser.Parse(config["currentUser"]!),
            config["users"]!.AsArray().Select(u => PlaygroundUser.Parse(u!)).ToList(),
            config["personalChat"]!["id"]!.GetValue<string>(),
            config["groupChats"]![0]!["id"]!.GetValue<string>(),
            team["id"]!.GetValue<string>(),
            team["channels"]!.AsArray().Select(c => c!["id"]!.GetValue<string>()).ToList());
    }
}
