namespace OpsRhythm.Protocol.Invokes;

public static class InvokeNames
{
    public const string AdaptiveCardAction = "adaptiveCard/action";

    /// <summary>A message extension's search command, typed into the compose box (or the command box).</summary>
    public const string ExtensionQuery = "composeExtension/query";

    /// <summary>A link of one of the manifest's <c>messageHandlers</c> domains pasted into the compose box.</summary>
    public const string ExtensionQueryLink = "composeExtension/queryLink";

    /// <summary>An action command was chosen (on a message, or in the compose box): the dialog to open.</summary>
    public const string ExtensionFetchTask = "composeExtension/fetchTask";

    /// <summary>The action command's dialog was submitted.</summary>
    public const string ExtensionSubmitAction = "composeExtension/submitAction";

    /// <summary>True for the four message extension invokes the bot answers.</summary>
    public static bool IsExtension(string? name) =>
        name is ExtensionQuery or ExtensionQueryLink or ExtensionFetchTask or ExtensionSubmitAction;
}
