using OpsRhythm.Cards.Model;

namespace OpsRhythm.Cards.Actions;

/// <summary>
/// The data every state-changing button carries: the verb (so an Action.Submit fallback routes like
/// Action.Execute), the entity id, and the version (ETag) the card was drawn from.
/// </summary>
public static class ActionData
{
    public const string VerbKey = "verb";
    public const string EntityIdKey = "id";
    public const string VersionKey = "v";

    public static IReadOnlyDictionary<string, string> For(string verb, string? entityId = null, string? version = null, IReadOnlyDictionary<string, string>? extra = null)
    {
        var data = new Dictionary<string, string>(StringComparer.Ordinal) { [VerbKey] = verb };
        if (entityId is not null)
        {
            data[EntityIdKey] = entityId;
        }

        if (version is not null)
        {
            data[VersionKey] = version;
        }

        if (extra is not null)
        {
            foreach (var (key, value) in extra)
            {
                data[key] = value;
            }
        }

        return data;
    }

    /// <summary>An Action.Execute with an Action.Submit fallback carrying the same data.</summary>
    public static ExecuteAction Execute(string title, string verb, string? entityId = null, string? version = null, IReadOnlyDictionary<string, string>? extra = null)
    {
        var data = For(verb, entityId, version, extra);
        return new ExecuteAction(verb, data)
        {
            Title = title,
            Fallback = new SubmitAction(data) { Title = title },
        };
    }
}
