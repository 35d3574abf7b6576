using System.Text;
using System.Text.Json.Nodes;

namespace OpsRhythm.IntegrationTests.Resilience;

/// <summary>One hostile request: a description for the failure report, the body and its content type.</summary>
public sealed record HostileTurn(string Kind, string Description, byte[] Body, string ContentType);

/// <summary>
/// Deterministic hostile requests from one person (and from a stranger): broken bodies, chat commands
/// with hostile arguments, and the buttons the bot really drew with their data retyped, poisoned, or
/// pointed at other departments' ids. Every registered verb and every chat phrase is used in turn.
/// </summary>
public sealed class HostileTurns
{
    public const string Stranger = "29:stranger-outside-the-organisation";

    private static readonly string[] ContentTypes = ["text/plain", "application/xml", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", "application/octet-stream", ""];

    private readonly Random _random;
    private readonly HostileValues _values;
    private readonly DrillClient _client;
    private readonly string _actor;
    private readonly IReadOnlyList<string> _verbs;
    private readonly IReadOnlyList<string> _phrases;
    private readonly IReadOnlyList<(string Person, CardButton Button)> _buttons;
    private readonly IReadOnlyList<string> _ids;

    public HostileTurns(int seed, DrillClient client, string actor, IReadOnlyList<string> verbs, IReadOnlyList<string> phrases, IReadOnlyList<(string Person, CardButton Button)> buttons)
    {
        ArgumentNullException.ThrowIfNull(buttons);
        _random = new Random(seed);
        _values = new HostileValues(_random);
        _client = client;
        _actor = actor;
        _verbs = verbs;
        _phrases = phrases;
        _buttons = buttons;
        // Ids drawn on anyone's card: forging one points an action at someone else's plan, status or risk.
        _ids = [.. buttons.SelectMany(b => b.Button.Data.Select(p => p.Value)).OfType<JsonValue>()
            .Select(v => v.TryGetValue<string>(out var s) ? s : null).OfType<string>()
            .Concat(["ops", "sales", "production", "finance", "hr", "wang-min", "zhang-wei", "liu-yang", "chen-jing"])
            .Distinct(StringComparer.Ordinal)];
    }

    public HashSet<string> VerbsSent { get; } = new(StringComparer.Ordinal);

    public HashSet<string> PhrasesSent { get; } = new(StringComparer.Ordinal);

    public IEnumerable<HostileTurn> Take(int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return (i % 20) switch
            {
                0 or 1 => BrokenBody(),
                >= 2 and <= 5 => Chat(i / 20),
                >= 6 and <= 16 => MutatedButton(),
                17 or 18 => ForgedVerb(i / 20),
                _ => StrangersClick(),
            };
        }
    }

    private string Locale() => _values.Pick(["zh-CN", "en-US", "zh-CN", "en-US", "fr-FR", "", "xx-\u202e"]);

    private HostileTurn BrokenBody()
    {
        var valid = _client.Message(_actor, _values.Pick(_phrases), "zh-CN", "hostile");
        var json = valid.ToJsonString();
        return _random.Next(8) switch
        {
            0 => new("body", "truncated JSON", Encoding.UTF8.GetBytes(json[.._random.Next(json.Length)]), "application/json"),
            1 => new("body", "wrong content type", Encoding.UTF8.GetBytes(json), ContentTypes[_random.Next(ContentTypes.Length)]),
            2 => new("body", "not an object", Encoding.UTF8.GetBytes(_values.Pick(["[]", "42", "\"text\"", "null", "true", "", "{}"])), "application/json"),
            3 => new("body", "deep nesting", Encoding.UTF8.GetBytes("{\"type\":\"message\",\"text\":" + new string('[', _random.Next(64, 3000)) + "1" + "}"), "application/json"),
            4 => new("body", "over the size limit", Encoding.UTF8.GetBytes(Retyped(valid, "text", JsonValue.Create(new string('长', 100_000))).ToJsonString()), "application/json"),
            5 => new("body", "field retyped", Encoding.UTF8.GetBytes(Retyped(valid, _values.Pick(["type", "from", "conversation", "text", "locale", "serviceUrl", "value", "entities", "channelData", "recipient"]), _values.WrongType()).ToJsonString()), "application/json"),
            6 => new("body", "field missing", Encoding.UTF8.GetBytes(Without(valid, _values.Pick(["type", "from", "conversation", "serviceUrl", "id", "recipient"])).ToJsonString()), "application/json"),
            _ => new("body", "invalid UTF-8", [.. Encoding.UTF8.GetBytes(json[..(json.Length / 2)]), 0xC3, 0x28, 0xFF, .. Encoding.UTF8.GetBytes(json[(json.Length / 2)..])], "application/json"),
        };
    }

    private HostileTurn Chat(int round)
    {
        var phrase = _phrases[(round * 4 + _random.Next(4)) % _phrases.Count];
        PhrasesSent.Add(phrase);
        var text = phrase + _values.Pick([" ", "", "  ", "\n"]) + _values.Text();
        var from = _random.Next(10) == 0 ? Stranger : _actor;
        return Json("chat", $"{from} says '{Preview(text)}'", _client.Message(from, text, Locale(), "hostile-" + from));
    }

    private HostileTurn MutatedButton()
    {
        var (owner, button) = _buttons[_random.Next(_buttons.Count)];
        var data = (JsonObject)button.Data.DeepClone();
        foreach (var key in data.Select(p => p.Key).ToList())
        {
            if (key == "verb")
            {
                continue;
            }

            data[key] = _random.Next(10) switch
            {
                <= 3 => data[key]?.DeepClone(),
                4 or 5 => JsonValue.Create(_values.Pick(_ids)),
                6 or 7 => JsonValue.Create(_values.Text()),
                _ => _values.WrongType(),
            };
        }

        foreach (var input in button.Inputs)
        {
            data[input.Id] = _random.Next(4) switch
            {
                0 => JsonValue.Create(input.Plausible(_random.Next())),
                1 => _values.WrongType(),
                _ => JsonValue.Create(_values.Text()),
            };
        }

        if (_random.Next(5) == 0)
        {
            data[_values.Pick(["department", "departmentId", "personId", "owner", "cycle", "week", "role", "roles"])] = _values.Any();
        }

        VerbsSent.Add(button.Verb);
        var description = $"{_actor} clicks {button.Verb} (drawn for {owner}) {Preview(data.ToJsonString())}";
        return _random.Next(5) == 0
            ? Json("submit", description, _client.Submit(_actor, data, Locale(), "hostile"))
            : Json("invoke", description, _client.Invoke(_actor, button.Verb, data, Locale(), "hostile"));
    }

    private HostileTurn ForgedVerb(int round)
    {
        var verb = _verbs[round % _verbs.Count];
        VerbsSent.Add(verb);
        var data = new JsonObject
        {
            ["verb"] = verb,
            ["id"] = _random.Next(3) == 0 ? _values.Any() : JsonValue.Create(_values.Pick(_ids)),
            ["v"] = _random.Next(2) == 0 ? _values.Any() : JsonValue.Create("\"" + Guid.NewGuid() + "\""),
        };
        for (var extra = _random.Next(4); extra > 0; extra--)
        {
            data[_values.Pick(["section", "page", "department", "dept", "week", "comment", "title", "value", "status", "level", "indicator", "year", "month"])] = _values.Any();
        }

        var action = _random.Next(6) == 0 ? _values.WrongType() : data;
        return Json("forged", $"{_actor} sends {verb} {Preview(action?.ToJsonString() ?? "null")}", _client.Invoke(_actor, verb, action, Locale(), "hostile"));
    }

    private HostileTurn StrangersClick()
    {
        var (_, button) = _buttons[_random.Next(_buttons.Count)];
        VerbsSent.Add(button.Verb);
        return Json("stranger", $"stranger clicks {button.Verb}", _client.Invoke(Stranger, button.Verb, button.Data.DeepClone(), Locale(), "hostile-stranger"));
    }

    private static JsonObject Retyped(JsonObject activity, string field, JsonNode? value)
    {
        activity[field] = value;
        return activity;
    }

    private static JsonObject Without(JsonObject activity, string field)
    {
        activity.Remove(field);
        return activity;
    }

    private static HostileTurn Json(string kind, string description, JsonObject activity) =>
        new(kind, description, Encoding.UTF8.GetBytes(activity.ToJsonString()), "application/json");

    private static string Preview(string text) => text.Length > 200 ? text[..200] + "…" : text;
}
