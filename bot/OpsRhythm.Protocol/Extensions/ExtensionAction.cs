using System.Text.Json;

namespace OpsRhythm.Protocol.Extensions;

/// <summary>
/// The value of <c>composeExtension/fetchTask</c> and <c>composeExtension/submitAction</c>: the command, where it
/// ran (<c>message</c>, <c>compose</c>, <c>commandBox</c>), the dialog's data on submit, and the message the command
/// was run on.
/// </summary>
public sealed record ExtensionAction(string? CommandId, string? CommandContext, JsonElement? Data, ExtensionMessage? MessagePayload);

/// <summary>The message an action command was run on: who wrote it and its body (HTML in Teams, text in some clients).</summary>
public sealed record ExtensionMessage(string? Id, ExtensionMessageBody? Body, ExtensionMessageFrom? From, string? LinkToMessage);

public sealed record ExtensionMessageBody(string? ContentType, string? Content);

public sealed record ExtensionMessageFrom(ExtensionMessageUser? User);

public sealed record ExtensionMessageUser(string? Id, string? DisplayName);
