using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpsRhythm.IntegrationTests.Protocol;

/// <summary>
/// Deterministic hostile input for /api/messages: Teams-like activities truncated, bit-flipped, retyped,
/// nested deeply, or replaced by random bytes. The seed makes any failure reproducible.
/// </summary>
internal sealed class GarbageActivityBodies(int seed, Uri serviceUrl)
{
    private static readonly string[] Fields =
        ["type", "id", "serviceUrl", "channelId", "from", "recipient", "conversation", "text", "locale", "name", "value",
         "entities", "attachments", "channelData", "membersAdded", "timestamp", "replyToId"];

    private readonly Random _random = new(seed);

    public IEnumerable<(string Kind, byte[] Body)> Take(int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return (i % 10) switch
            {
                0 => ("valid", Bytes(Valid())),
                1 => ("truncated", Truncate(Bytes(Valid()))),
                2 => ("bit-flipped", Flip(Bytes(Valid()))),
                3 => ("random bytes", RandomBytes(_random.Next(0, 600))),
                4 => ("retyped field", Bytes(Retype(Valid()))),
                5 => ("field removed", Bytes(Remove(Valid()))),
                6 => ("deep nesting", DeepNesting()),
                7 => ("not an object", Encoding.UTF8.GetBytes(Pick("null", "[]", "42", "\"text\"", "true", "{}", "", " ", "{\"type\":null}"))),
                8 => ("invalid UTF-8", InvalidUtf8(Bytes(Valid()))),
                _ => ("hostile invoke value", Bytes(HostileInvoke(Valid()))),
            };
        }
    }

    public JsonObject Valid()
    {
        var type = Pick("message", "invoke", "conversationUpdate", "installationUpdate", "messageReaction", "typing", "event", "unknownType");
        var activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = "g-" + _random.Next(),
            ["timestamp"] = "2026-11-26T08:00:00.000Z",
            ["serviceUrl"] = serviceUrl.ToString(),
            ["channelId"] = "msteams",
            ["from"] = new JsonObject { ["id"] = Pick("user-id-0", "user-id-1", "29:unknown", ""), ["name"] = "王敏" },
            ["recipient"] = new JsonObject { ["id"] = "bot-id", ["name"] = "OpsRhythm" },
            ["conversation"] = new JsonObject { ["id"] = Pick("personal-chat-id", "19:ops@thread.tacv2;messageid=1", "a:1x"), ["conversationType"] = Pick("personal", "groupChat", "channel") },
            ["locale"] = Pick("zh-CN", "en-US", "xx", ""),
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant-1" } },
        };
        if (type == "message")
        {
            activity["text"] = Pick("help", "帮助", "<at>OpsRhythm</at> 月度计划", "weekly status", "", new string('长', 300));
            activity["entities"] = new JsonArray(new JsonObject { ["type"] = "mention", ["text"] = "<at>OpsRhythm</at>", ["mentioned"] = new JsonObject { ["id"] = "bot-id" } });
        }
        else if (type == "invoke")
        {
            activity["name"] = Pick("adaptiveCard/action", "task/fetch", "unknown/invoke");
            activity["value"] = new JsonObject
            {
                ["action"] = new JsonObject
                {
                    ["type"] = "Action.Execute",
                    ["verb"] = Pick("plan.submit", "status.submit", "risk.report", "no.such.verb", ""),
                    ["data"] = new JsonObject { ["id"] = "entity-" + _random.Next(5), ["v"] = "\"etag\"" },
                },
                ["trigger"] = Pick("manual", "automatic"),
            };
        }
        else if (type == "conversationUpdate")
        {
            activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "bot-id" }, new JsonObject { ["id"] = "user-id-2" });
        }

        return activity;
    }

    private static byte[] Bytes(JsonNode node) => JsonSerializer.SerializeToUtf8Bytes(node);

    private byte[] Truncate(byte[] body) => body[.._random.Next(0, body.Length)];

    private byte[] Flip(byte[] body)
    {
        var copy = body.ToArray();
        for (var i = _random.Next(1, 6); i > 0; i--)
        {
            copy[_random.Next(copy.Length)] ^= (byte)(1 << _random.Next(8));
        }

        return copy;
    }

    private byte[] RandomBytes(int length)
    {
        var bytes = new byte[length];
        _random.NextBytes(bytes);
        return bytes;
    }

    private JsonObject Retype(JsonObject activity)
    {
        var field = Fields[_random.Next(Fields.Length)];
        activity[field] = _random.Next(7) switch
        {
            0 => JsonValue.Create(_random.Next()),
            1 => new JsonArray(1, "two", null),
            2 => new JsonObject { ["unexpected"] = true },
            3 => null,
            4 => JsonValue.Create(-1.5e308),
            5 => JsonValue.Create(new string('x', _random.Next(1, 5000))),
            _ => JsonValue.Create(true),
        };
        return activity;
    }

    private JsonObject Remove(JsonObject activity)
    {
        for (var i = _random.Next(1, 4); i > 0; i--)
        {
            activity.Remove(Fields[_random.Next(Fields.Length)]);
        }

        return activity;
    }

    private byte[] DeepNesting()
    {
        var depth = _random.Next(65, 5000);
        var open = Pick("[", "{\"a\":");
        var close = open == "[" ? "]" : "}";
        var body = "{\"type\":\"message\",\"value\":" + string.Concat(Enumerable.Repeat(open, depth)) + "1" + string.Concat(Enumerable.Repeat(close, depth)) + "}";
        return Encoding.UTF8.GetBytes(body);
    }

    private byte[] InvalidUtf8(byte[] body)
    {
        var copy = body.ToList();
        copy.InsertRange(_random.Next(copy.Count), Pick<byte[]>([0xC3], [0xFF, 0xFE], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80]));
        return [.. copy];
    }

    private JsonObject HostileInvoke(JsonObject activity)
    {
        activity["type"] = "invoke";
        activity["name"] = "adaptiveCard/action";
        activity["value"] = _random.Next(6) switch
        {
            0 => JsonValue.Create("not an object"),
            1 => new JsonObject { ["action"] = 5 },
            2 => new JsonObject { ["action"] = new JsonObject { ["verb"] = "plan.submit", ["data"] = new JsonArray(1, 2) } },
            3 => new JsonObject { ["action"] = new JsonObject { ["verb"] = "plan.submit", ["data"] = new JsonObject { ["id"] = 7, ["v"] = new JsonObject() } } },
            4 => new JsonObject { ["action"] = new JsonObject { ["verb"] = new string('v', 10_000), ["data"] = "x" } },
            _ => null,
        };
        return activity;
    }

    private T Pick<T>(params T[] options) => options[_random.Next(options.Length)];
}
