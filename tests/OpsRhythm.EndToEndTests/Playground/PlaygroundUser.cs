using System.Text.Json.Nodes;

namespace OpsRhythm.EndToEndTests.Playground;

/// <summary>A person in the Playground's tenant: the Teams user id (user-id-N) and AAD object id the bot resolves.</summary>
public sealed record PlaygroundUser(string Id, string Name, string AadObjectId)
{
    public static PlaygroundUser Parse(JsonNode user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new PlaygroundUser(
            user["id"]!.GetValue<string>(), user["name"]!.GetValue<string>(), user["aadObjectId"]!.GetValue<string>());
    }

    /// <summary>The activity's "from" for this person.</summary>
    public JsonObject ToAccount() => new() { ["id"] = Id, ["name"] = Name, ["aadObjectId"] = AadObjectId };
}
