namespace OpsRhythm.Protocol.Extensions;

/// <summary>The value of <c>composeExtension/queryLink</c>: the pasted link.</summary>
public sealed record ExtensionLinkQuery(string? Url);
