namespace OpsRhythm.Bot.Extension;

/// <summary>The message extension's command ids, as manifest/manifest.json's <c>composeExtensions</c> declares them.</summary>
internal static class ExtensionCommands
{
    public const string Search = "searchItems";

    /// <summary>The search command's one parameter.</summary>
    public const string SearchParameter = "query";

    public const string RecordRisk = "recordRisk";
    public const string RecordSuggestion = "recordSuggestion";
    public const string RecordActionItem = "recordActionItem";
}
