namespace OpsRhythm.Protocol.Extensions;

/// <summary>The value of a <c>composeExtension/query</c> invoke: the command, what was typed, and the page asked for.</summary>
public sealed record ExtensionQuery(string? CommandId, IReadOnlyList<ExtensionParameter>? Parameters, ExtensionQueryOptions? QueryOptions)
{
    /// <summary>Teams sends this parameter (with value "true") for the command's initial run, before anything is typed.</summary>
    public const string InitialRunParameter = "initialRun";

    /// <summary>The value of the named parameter, else of the first one that is not the initial-run flag.</summary>
    public string? Text(string name) =>
        (Parameters?.FirstOrDefault(p => p.Name == name) ?? Parameters?.FirstOrDefault(p => p.Name != InitialRunParameter))?.Value;
}

/// <summary>One search parameter as the compose box sends it; values arrive as strings.</summary>
public sealed record ExtensionParameter(string? Name, string? Value);

/// <summary>The page of results asked for (Teams asks for 25 at a time).</summary>
public sealed record ExtensionQueryOptions(int? Skip, int? Count);
