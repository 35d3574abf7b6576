using System.Text.Json.Nodes;
using OpsRhythm.EndToEndTests.Hosting;

namespace OpsRhythm.EndToEndTests.Playground;

/// <summary>
/// Writes every card the bot sends or answers with during the end-to-end tests to artifacts/test-output/cards,
/// one file each; tests/validators/captured-cards.test.mjs runs them through the official validator.
/// </summary>
internal static class CapturedCards
{
    private static readonly Lazy<string> Folder = new(() => Directory.CreateDirectory(RepositoryPaths.TestOutput("cards")).FullName);
    private static int _count;

    public static void Write(JsonObject card)
    {
        var number = Interlocked.Increment(ref _count);
        File.WriteAllText(Path.Combine(Folder.Value, $"e2e-{Environment.ProcessId}-{number:D5}.json"), card.ToJsonString());
    }

    /// <summary>The card in an invoke answer ({type, value}), when it carries one.</summary>
    public static void WriteAnswer(JsonObject answer)
    {
        if (answer["type"]?.GetValue<string>() == "application/vnd.microsoft.card.adaptive" && answer["value"] is JsonObject card)
        {
            Write(card);
        }
    }
}
