using System.Runtime.CompilerServices;
using System.Text.Json;
using OpsRhythm.Cards.Model;

namespace OpsRhythm.IntegrationTests.CardCatalog;

/// <summary>
/// Writes every card the bot renders during the integration tests to artifacts/test-output/cards
/// (or $CAPTURED_CARDS_DIR), one file each; tests/validators/captured-cards.test.mjs then runs them
/// through the official validator, so a variant only a real flow produces cannot slip through.
/// </summary>
internal static class CapturedCards
{
    private static int _count;

    [ModuleInitializer]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Usage", "CA2255:The 'ModuleInitializer' attribute should not be used in libraries", Justification = "A test assembly wires its capture once, before any test.")]
    internal static void Start()
    {
        var folder = Environment.GetEnvironmentVariable("CAPTURED_CARDS_DIR") ?? Path.Combine(Root(), "artifacts", "test-output", "cards");
        Directory.CreateDirectory(folder);
        CardCapture.Observer = card => Write(folder, "integration", card);
    }

    internal static void Write(string folder, string source, JsonElement card)
    {
        var number = Interlocked.Increment(ref _count);
        var name = $"{source}-{Environment.ProcessId}-{number:D5}.json";
        File.WriteAllText(Path.Combine(folder, name), card.GetRawText());
    }

    private static string Root()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "OpsRhythm.slnx")))
            {
                return folder.FullName;
            }
        }

        return Path.GetTempPath();
    }
}
