using OpsRhythm.Cards.Actions;

namespace OpsRhythm.Bot.Turns;

/// <summary>
/// A clicked card action: its verb and data (inputs merged in, every value a string, as Teams sends
/// them). <see cref="EntityId"/> and <see cref="Version"/> are what the card was drawn from.
/// </summary>
internal sealed record CardActionRequest(string Verb, IReadOnlyDictionary<string, string> Data, bool IsRefresh)
{
    public string? EntityId => Value(ActionData.EntityIdKey);

    public string? Version => Value(ActionData.VersionKey);

    public string? Value(string key) => Data.TryGetValue(key, out var value) && value.Length > 0 ? value : null;
}
