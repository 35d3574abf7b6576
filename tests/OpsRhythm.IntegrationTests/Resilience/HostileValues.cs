using System.Text;
using System.Text.Json.Nodes;

namespace OpsRhythm.IntegrationTests.Resilience;

/// <summary>
/// Deterministic hostile values: texts that try to be interpreted (HTML, markdown links and images,
/// Adaptive Card templating, SQL, control, zero-width and right-to-left characters), huge strings,
/// and JSON of the wrong type where a string is expected. The seed makes every run reproducible.
/// </summary>
public sealed class HostileValues(Random random)
{
    /// <summary>Markers that must never be interpreted when shown on a card.</summary>
    public const string Link = "[点此领奖 claim](https://evil.example/phish)";
    public const string Image = "![pixel](https://evil.example/p.png)";

    public static IReadOnlyList<string> Texts { get; } =
    [
        "<script>alert('x')</script>",
        "<img src=x onerror=alert(1)>",
        Link,
        Image,
        "**粗体** _斜体_ ~~删除~~ `code`",
        "# 标题\n- 列表\n1. 编号\n> 引用",
        "${$root.secret}",
        "${if(true, 'a', 'b')}",
        "{{DATE(2027-01-01T00:00:00Z, SHORT)}}",
        "\u200b\u200c\u200d\u2060\ufeff",
        "\u202e\u0631\u0633\u0627\u0644\u0629 gnp.exe\u202c",
        "\u05e9\u05dc\u05d5\u05dd \u202bRTL\u202c",
        "' OR '1'='1' --",
        "\"; DROP TABLE plans; --",
        "../../../../etc/passwd",
        "\u0000\u0001\u0007\u001b[31m",
        "\ud83d\ude00\ud83d\udc4d\ud83c\udffd 表情",
        "\t\r\n \u3000",
        string.Empty,
        " ",
        "-1",
        "0",
        "NaN",
        "1e309",
        "99999999999999999999999999",
        "2027-13-45",
        "9999-12-30",
        "9999-12-31",
        "0001-01-01",
        "2999-01-01",
        "2999-M01",
        "2999-Q1",
        "1900-02-29",
        "null",
        "true",
        "{\"verb\":\"plan.approve\"}",
        "li-qiang\",\"roles\":\"Administrator",
    ];

    public string Text() => random.Next(12) == 0 ? Huge() : Texts[random.Next(Texts.Count)];

    /// <summary>Long enough to stress card size and storage limits, short enough to stay under the request limit.</summary>
    public string Huge()
    {
        var length = random.Next(2_000, 60_000);
        var builder = new StringBuilder(length);
        var alphabet = random.Next(3) switch
        {
            0 => "长文本溢出",
            1 => "AaZz09 ",
            _ => "[](){}<>$*_#\\\"'\u200b\u202e",
        };
        while (builder.Length < length)
        {
            builder.Append(alphabet[random.Next(alphabet.Length)]);
        }

        return builder.ToString();
    }

    /// <summary>JSON that is not the string a card input sends: numbers, objects, arrays, booleans, null, deep nesting.</summary>
    public JsonNode? WrongType() => random.Next(8) switch
    {
        0 => JsonValue.Create(random.Next(-5, 100_000)),
        1 => JsonValue.Create(-1.5e300),
        2 => new JsonObject { ["value"] = Text(), ["n"] = 1 },
        3 => new JsonArray(Text(), 2, null),
        4 => JsonValue.Create(random.Next(2) == 0),
        5 => null,
        6 => Nested(random.Next(5, 60)),
        _ => new JsonArray(),
    };

    public JsonNode? Any() => random.Next(3) == 0 ? WrongType() : JsonValue.Create(Text());

    public T Pick<T>(IReadOnlyList<T> options) => options[random.Next(options.Count)];

    private static JsonNode Nested(int depth)
    {
        JsonNode node = JsonValue.Create("deep")!;
        for (var i = 0; i < depth; i++)
        {
            node = i % 2 == 0 ? new JsonArray(node) : new JsonObject { ["a"] = node };
        }

        return node;
    }
}
