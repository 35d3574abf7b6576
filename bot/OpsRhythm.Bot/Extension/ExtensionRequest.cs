using System.Text.Json;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Protocol.Activities;
using OpsRhythm.Protocol.Extensions;
using OpsRhythm.Protocol.Invokes;

namespace OpsRhythm.Bot.Extension;

/// <summary>
/// A message extension invoke read and checked for shape: a known command of the right kind, a link for a link,
/// a dialog's inputs as strings none longer than any card value may be. Null (a 400) otherwise. Each carries the
/// rule of who may use it, which the invoke handler checks first.
/// </summary>
internal sealed record ExtensionRequest(string Name, string? CommandId, VerbAccess Access, IReadOnlyDictionary<string, string> Data)
{
    private static readonly VerbAccess Everyone = VerbAccess.Company(RoleSets.Everyone);

    public ExtensionQuery? Query { get; init; }

    public ExtensionLinkQuery? Link { get; init; }

    public ExtensionAction? Action { get; init; }

    public IMessageCommand? Command { get; init; }

    public static ExtensionRequest? Read(Activity activity, IEnumerable<IMessageCommand> commands)
    {
        switch (activity.Name)
        {
            case InvokeNames.ExtensionQuery:
                return ExtensionInvokeValue.Read<ExtensionQuery>(activity) is { CommandId: ExtensionCommands.Search } query
                    && (query.Text(ExtensionCommands.SearchParameter)?.Length ?? 0) <= SharedItemQuery.MaxWordsLength
                    ? new ExtensionRequest(activity.Name, query.CommandId, Everyone, Empty) { Query = query }
                    : null;
            case InvokeNames.ExtensionQueryLink:
                return ExtensionInvokeValue.Read<ExtensionLinkQuery>(activity) is { Url.Length: > 0 } link
                    ? new ExtensionRequest(activity.Name, null, Everyone, Empty) { Link = link }
                    : null;
            case InvokeNames.ExtensionFetchTask or InvokeNames.ExtensionSubmitAction:
                if (ExtensionInvokeValue.Read<ExtensionAction>(activity) is not { } action
                    || commands.FirstOrDefault(c => c.CommandId == action.CommandId) is not { } command
                    || Strings(activity.Name == InvokeNames.ExtensionSubmitAction ? action.Data : null) is not { } data)
                {
                    return null;
                }

                return new ExtensionRequest(activity.Name, command.CommandId, command.Access, data) { Action = action, Command = command };
            default:
                return null;
        }
    }

    private static readonly Dictionary<string, string> Empty = new(StringComparer.Ordinal);

    /// <summary>The dialog's inputs as strings (as a card click's); null when not an object or a value is longer than any card value may be.</summary>
    private static Dictionary<string, string>? Strings(JsonElement? data)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (data is not { } element || element.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            return values;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var property in element.EnumerateObject())
        {
            var value = property.Value.ValueKind switch
            {
                JsonValueKind.String => property.Value.GetString() ?? string.Empty,
                JsonValueKind.Null => string.Empty,
                _ => property.Value.GetRawText(),
            };
            if (value.Length > CardActionDispatcher.MaxValueLength)
            {
                return null;
            }

            values[property.Name] = value;
        }

        return values;
    }
}
